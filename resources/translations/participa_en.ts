<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementFilterBar</name>
    <message>
        <location filename="../../participa_desktop/ui/agreement_filters.py" line="+78"/>
        <source>Es&amp;tado:</source>
        <extracomment>Settings keys of the remembered filters.</extracomment>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>todos</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Componente:</source>
        <translation>&amp;Component:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;mplementación:</source>
        <translation>I&amp;mplementation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>todas</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solo &amp;vencidos</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acuerdo, taller o responsable</source>
        <translation>agreement, workshop or owner</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../participa_desktop/ui/agreement_form.py" line="+136"/>
        <source>{date} — {title}</source>
        <extracomment>The fields of the form, in the order of the core&apos;s `create_agreement`.</extracomment>
        <translation>{date} — {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nuevo acuerdo</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editar acuerdo</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Taller:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xto del acuerdo:</source>
        <translation>Agreement te&amp;xt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organización responsable:</source>
        <translation>Responsible &amp;organization:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Persona responsable:</source>
        <translation>Responsible &amp;person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ob&amp;jetivo compartido:</source>
        <translation>Shared ob&amp;jective:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mponente:</source>
        <translation>Co&amp;mponent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fecha límite:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;stado:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;vance:</source>
        <translation>Pro&amp;gress:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>escriba parte del nombre o la fecha del taller</source>
        <translation>type part of the workshop&apos;s name or date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(sin componente)</source>
        <translation>(no component)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nombre o cargo de quien responde</source>
        <translation>name or role of who is responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiene fecha límite</source>
        <translation>has a due date</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Elija un taller de la lista (escriba parte de su nombre para buscarlo).</source>
        <translation>Choose a workshop from the list (type part of its name to find it).</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../participa_desktop/ui/agreement_panel.py" line="+157"/>
        <source>Fecha</source>
        <extracomment>The progress spin box&apos;s &quot;no change&quot; value (shown as words, not a number). The agreement and its follow-ups are on screen (tests wait for it). A follow-up was saved: (agreement id).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acuerdo elegido</source>
        <translation>Selected agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seguimientos</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuevo seguimiento</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ota:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuevo esta&amp;do:</source>
        <translation>Ne&amp;w status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuevo &amp;porcentaje:</source>
        <translation>New &amp;percentage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuevo porcentaje de avance del acuerdo</source>
        <translation>New progress percentage for the agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fec&amp;ha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qué pasó, qué se hizo, qué falta…</source>
        <translation>What happened, what&apos;s done, what&apos;s left…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>(sin cambio)</source>
        <translation>(no change)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gregar</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agregar el seguimiento (Ctrl+Enter)</source>
        <translation>Add the follow-up (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Este acuerdo todavía no tiene seguimientos.</source>
        <translation>This agreement has no follow-ups yet.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Elija un acuerdo de la tabla para ver sus datos y sus seguimientos.</source>
        <translation>Choose an agreement in the table to see its details and follow-ups.</translation>
    </message>
</context>
<context>
    <name>AgreementText</name>
    <message>
        <location filename="../../participa_desktop/ui/agreement_text.py" line="+30"/>
        <source>(taller aún no recibido en este equipo)</source>
        <extracomment>The soft red behind an overdue agreement&apos;s row.</extracomment>
        <translation>(workshop not yet on this computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{organization} ({person})</source>
        <translation>{organization} ({person})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} · vencido</source>
        <translation>{status} · overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{progress} %</source>
        <translation>{progress}%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status}, {progress} %</source>
        <translation>{status}, {progress}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>avance {progress} %</source>
        <translation>progress {progress}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status}, avance {progress} %</source>
        <translation>{status}, progress {progress}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taller:</source>
        <translation>Workshop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementación:</source>
        <translation>Implementation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Componente:</source>
        <translation>Component:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objetivo compartido:</source>
        <translation>Shared objective:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha límite:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vencido: la fecha límite ya pasó y no está cumplido.</source>
        <translation>Overdue: the due date has passed and it is not done.</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/agreements_screen.py" line="+143"/>
        <source>Acuerdos</source>
        <extracomment>What reloads the table, and what reloads the filters&apos; and form&apos;s choices. Width of the workshop, component and responsible columns, in average characters (the first takes what is left; the others fit their longest value).</extracomment>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acuerdo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taller</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Componente</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fecha límite</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Último seguimiento</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nuevo acuerdo</source>
        <translation>&amp;New agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrar un acuerdo de un taller (Ctrl+N)</source>
        <translation>Record an agreement from a workshop (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edita&amp;r</source>
        <translation>Ed&amp;it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editar el acuerdo elegido (Enter o doble clic)</source>
        <translation>Edit the selected agreement (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;liminar</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminar el acuerdo elegido (Supr)</source>
        <translation>Delete the selected agreement (Del)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Todavía no hay talleres: registre uno en Talleres para anotar sus acuerdos.</source>
        <translation>No workshops yet: add one in Workshops to record its agreements.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 acuerdo</source>
        <translation>1 agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} acuerdos</source>
        <translation>{count} agreements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 vencido</source>
        <translation>1 overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} vencidos</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No se encontró el acuerdo (puede haber sido eliminado).</source>
        <translation>Agreement not found (it may have been deleted).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Eliminar acuerdo</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¿Eliminar el acuerdo «{summary}»? Esto no se puede deshacer.</source>
        <translation>Delete the agreement “{summary}”? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>AllianceDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/alliance_form.py" line="+74"/>
        <source>Nueva alianza</source>
        <translation>New alliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datos de la alianza</source>
        <translation>Alliance details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organización:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Propósito:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Estado:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha de inicio:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Con fecha</source>
        <translation>&amp;Has date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha de cierre:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con &amp;fecha</source>
        <translation>Has &amp;date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Implementación:</source>
        <translation>&amp;Implementation:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(el de la organización)</source>
        <translation>(same as organization)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>AllyDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/implementation_parts.py" line="+79"/>
        <source>Aliado de la implementación</source>
        <extracomment>To change the role of an ally: (organisation id, role); None to add one.</extracomment>
        <translation>Implementation ally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organización:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>por ejemplo formación, financiación, logística</source>
        <translation>e.g. training, funding, logistics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hay organizaciones registradas: créelas primero en Organizaciones.</source>
        <translation>No organizations registered: create them first in Organizations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Elija la organización aliada.</source>
        <translation>Choose the allied organization.</translation>
    </message>
</context>
<context>
    <name>AttendanceHeader</name>
    <message>
        <location filename="../../participa_desktop/ui/attendance_header.py" line="+56"/>
        <source>1 presente</source>
        <translation>1 present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} presentes</source>
        <translation>{count} present</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Elija un taller para tomar la asistencia (o créelo en «Talleres»).</source>
        <translation>Choose a workshop to take attendance (or create it in “Workshops”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fecha: {when}</source>
        <translation>Date: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha: {when} · Lugar: {where}</source>
        <translation>Date: {when} · Place: {where}</translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/attendance_screen.py" line="+135"/>
        <source>Asistencia</source>
        <extracomment>The settings key of the workshop shown last. The roster of `workshop_id` is on screen: (workshop id, number of rows). The chooser lists the workshops it offers (tests wait for it).</extracomment>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buscar en el registro (Ctrl+F)</source>
        <translation>Search the register (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asistentes de este taller</source>
        <translation>Attendees of this workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Persona nueva (F2)</source>
        <translation>&amp;New person (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrar a una persona que no está en el registro, con su autorización de datos, y marcarla presente.</source>
        <translation>Register a person who is not in the register, with their data consent, and mark them present.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitar de la asistencia (Supr)</source>
        <translation>&amp;Remove from attendance (Del)</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+86"/>
        <source>Elija primero el taller (Alt+T).</source>
        <translation>Choose the workshop first (Alt+W).</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>La persona</source>
        <translation>The person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ya está presente (llegó a las {time}).</source>
        <translation>{name} is already present (arrived at {time}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ya está presente.</source>
        <translation>{name} is already present.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marcar presente a {name}</source>
        <translation>Mark {name} present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: presente a las {time}. Ctrl+Z lo deshace.</source>
        <translation>{name}: present at {time}. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Elija en la lista de asistentes a quién quitar.</source>
        <translation>Choose who to remove from the attendee list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quitar a {name} de la asistencia</source>
        <translation>Remove {name} from attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ya no figura en la asistencia. Ctrl+Z lo deshace.</source>
        <translation>{name} removed from attendance. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No se pudo guardar la asistencia: {error}</source>
        <translation>Could not save the attendance: {error}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Marcar presente a {name} (su registro se conserva)</source>
        <translation>Mark {name} present (their record is kept)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} quedó registrado(a) y presente a las {time}. Ctrl+Z quita la asistencia; el registro de la persona se conserva.</source>
        <translation>{name} was registered and marked present at {time}. Ctrl+Z removes the attendance; the person&apos;s record is kept.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../../participa_desktop/ui/conflict_text.py" line="+29"/>
        <source>(vacío)</source>
        <extracomment>The core&apos;s Spanish placeholders for no value and a reference not received, in words.</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no ha llegado a este equipo)</source>
        <translation>(not yet on this computer)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{person} en {workshop}</source>
        <extracomment>Columns holding a code, and the vocabulary kind that names it. The `status` column&apos;s codes, by table. Boolean columns (the core shows them as &quot;sí&quot; / &quot;no&quot;). Rows the core describes as &quot;&lt;one&gt; en &lt;other&gt;&quot;, and that sentence in the interface.</extracomment>
        <translation>{person} at {workshop}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{organization} en {implementation}</source>
        <translation>{organization} in {implementation}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} (doc. {number})</source>
        <translation>{name} (ID {number})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../participa_desktop/ui/review_conflicts.py" line="+172"/>
        <source>{value} (y {more} más)</source>
        <translation>{value} (and {more} more)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qué</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dato</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valor conservado</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Valor archivado</source>
        <translation>Archived value</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revisado</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>por revisar</source>
        <translation>to review</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Datos que se cambiaron en dos equipos a la vez. Al sincronizar se conservó el cambio más reciente y el otro quedó archivado: nada se perdió. Compare los valores y decida cuál queda.</source>
        <translation>Data changed on two computers at the same time. On sync, the most recent change was kept and the other was archived: nothing was lost. Compare the values and decide which one stays.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mostrar también los ya re&amp;visados</source>
        <translation>Also show those already re&amp;viewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valor conservado (el actual)</source>
        <translation>Kept value (the current one)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conservar este</source>
        <translation>&amp;Keep this one</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restaurar este</source>
        <translation>&amp;Restore this one</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No hay conflictos por revisar.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lista de conflictos ({count}), el más reciente primero:</source>
        <translation>&amp;List of conflicts ({count}), newest first:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Elija un conflicto de la lista para comparar sus valores.</source>
        <translation>Choose a conflict from the list to compare its values.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{record} «{what}»: {field}</source>
        <translation>{record} “{what}”: {field}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restaurar {field} de «{what}»</source>
        <translation>Restore {field} of “{what}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se restauró «{value}» como {field} de «{what}».</source>
        <translation>Restored “{value}” as {field} of “{what}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Se deshizo la restauración: volvió el valor que estaba antes.</source>
        <translation>Restore undone: the previous value is back.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Se conservó «{value}» como {field} de «{what}».</source>
        <translation>Kept “{value}” as {field} of “{what}”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No se pudo aplicar la decisión</source>
        <translation>Could not apply the decision</translation>
    </message>
</context>
<context>
    <name>DataFilePage</name>
    <message>
        <location filename="../../participa_desktop/ui/first_run_pages.py" line="+254"/>
        <source>Archivo de datos</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Todo lo que registre se guarda en un archivo de datos en este computador. Cree uno nuevo (en la carpeta de datos, o en otro lugar) o abra uno que ya tenga.</source>
        <translation>Everything you record is saved in a data file on this computer. Create a new one (in the data folder or elsewhere) or open one you already have.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Atención</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crear un archivo nue&amp;vo</source>
        <translation>Create a ne&amp;w file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ubicación:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cam&amp;biar…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abrir un archivo e&amp;xistente…</source>
        <translation>Open an e&amp;xisting file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc&amp;hivo:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elija el archivo con «Elegir…»</source>
        <translation>choose the file with “Choose…”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;legir…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dónde crear el archivo de datos</source>
        <translation>Where to create the data file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abrir un archivo de datos</source>
        <translation>Open a data file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archivos de datos de Participa+ (*.sqlite);;Todos los archivos (*)</source>
        <translation>Participa+ data files (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Escriba o elija la ubicación del archivo.</source>
        <translation>Type or choose the file location.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escriba la ubicación completa del archivo, por ejemplo «{example}».</source>
        <translation>Type the full location of the file, for example “{example}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ya existe un archivo en «{path}». Para usarlo, elija «Abrir un archivo existente»; para empezar de cero, cambie la ubicación.</source>
        <translation>A file already exists at “{path}”. To use it, choose “Open an existing file”; to start from scratch, change the location.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No se encontró el archivo «{path}».</source>
        <translation>File “{path}” was not found.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Abriendo el archivo de datos…</source>
        <translation>Opening the data file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creando el archivo de datos…</source>
        <translation>Creating the data file…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No se pudo crear ni abrir «{path}»: {reason}. Elija otra ubicación.</source>
        <translation>Could not create or open “{path}”: {reason}. Choose another location.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../participa_desktop/ui/first_run_work.py" line="+287"/>
        <source>Datos de demostración</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Para conocer la aplicación antes de trabajar con datos reales, puede cargar personas, talleres y acuerdos inventados.</source>
        <translation>To get to know the app before working with real data, you can load made-up people, workshops and agreements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cargar datos de demostración para probar la aplicación</source>
        <translation>&amp;Load demo data to try out the app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Los datos de demostración solo se pueden cargar en un archivo nuevo que trabaja sin conexión.</source>
        <translation>Demo data can only be loaded into a new file that works offline.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Son datos inventados</source>
        <translation>This is made-up data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se cargarán {people} personas y {workshops} talleres que no existen. Use este archivo solo para practicar y no lo inscriba en el servidor de su organización; para trabajar de verdad, cree después otro archivo.</source>
        <translation>This will load {people} people and {workshops} workshops that do not exist. Use this file only for practice and do not enroll it with your organization&apos;s server; for real work, create another file afterwards.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Al finalizar se abrirá el archivo «{path}».</source>
        <translation>When you finish, the file “{path}” will open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Cargando datos de demostración…</source>
        <translation>Loading demo data…</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../participa_desktop/ui/duplicate_warning.py" line="+29"/>
        <source>mismo documento</source>
        <extracomment>Why the core says a person looks alike (`LikelyDuplicate.reason`, Spanish), in words.</extracomment>
        <translation>same document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nombre muy parecido</source>
        <translation>very similar name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mismo documento y nombre muy parecido</source>
        <translation>same document and very similar name</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autorización</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Por qué se parece</source>
        <translation>Why it matches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>¿Es alguna de estas personas?</source>
        <translation>Is it one of these people?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ya hay en el registro personas con el mismo documento o un nombre muy parecido. Si es una de ellas, elíjala y se marcará presente sin registrarla otra vez; si es otra persona, regístrela.</source>
        <translation>The register already has people with the same document or a very similar name. If it is one of them, choose it to mark them present without registering them again; if it is someone else, register them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Es esta persona</source>
        <translation>It&apos;s &amp;this person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Es &amp;otra persona, registrar</source>
        <translation>Someone &amp;else, register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volver al formulario</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../participa_desktop/ui/review_duplicates.py" line="+35"/>
        <source>mismo número de documento</source>
        <extracomment>The core&apos;s reasons (Spanish) in the interface language.</extracomment>
        <translation>same document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mismo nombre y año de nacimiento</source>
        <translation>same name and birth year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mismo nombre y teléfono</source>
        <translation>same name and phone</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Por qué se parecen</source>
        <translation>Why they match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vinculadas: son la misma persona</source>
        <translation>linked: they are the same person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>por revisar</source>
        <translation>to review</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personas registradas más de una vez (por ejemplo en dos equipos). Compare a las dos personas y su asistencia: si son la misma, vincúlelas y sus asistencias se contarán juntas; nada se borra y se puede desvincular después.</source>
        <translation>People registered more than once (e.g. on two computers). Compare the two people and their attendance: if they are the same, link them and their attendance counts together; nothing is deleted and you can unlink them later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Buscar de nuevo</source>
        <translation>&amp;Search again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persona &amp;1:</source>
        <translation>Person &amp;1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persona &amp;2:</source>
        <translation>Person &amp;2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son la misma persona (&amp;vincular)</source>
        <translation>They are the same person (&amp;link)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son personas distintas (&amp;desvincular)</source>
        <translation>They are different people (&amp;unlink)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Buscando posibles duplicados…</source>
        <translation>Finding possible duplicates…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No se encontraron posibles duplicados.</source>
        <translation>No possible duplicates were found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Posibles duplicados ({count}):</source>
        <translation>&amp;Possible duplicates ({count}):</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{name} (doc. {document})</source>
        <translation>{name} (ID {document})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Están vinculadas: se cuentan como la misma persona.</source>
        <translation>They are linked: they count as the same person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se cuentan como la misma persona a través de otra fila del grupo; para separarlas, desvincule el par que las une.</source>
        <translation>They count as the same person through another row in the group; to separate them, unlink the pair that joins them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No están vinculadas: se cuentan como dos personas.</source>
        <translation>They are not linked: they count as two people.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elija dos personas distintas del grupo.</source>
        <translation>Choose two different people from the group.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vincular a {first} y {second}</source>
        <translation>Link {first} and {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} y {second} quedaron vinculadas como la misma persona.</source>
        <translation>{first} and {second} were linked as the same person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desvincular a {first} y {second}</source>
        <translation>Unlink {first} and {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} y {second} quedaron como personas distintas.</source>
        <translation>{first} and {second} are now separate people.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Se deshizo la última decisión sobre duplicados.</source>
        <translation>The last decision on duplicates was undone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No se pudo aplicar la decisión</source>
        <translation>Could not apply the decision</translation>
    </message>
</context>
<context>
    <name>EditAgreementCommand</name>
    <message>
        <location filename="../../participa_desktop/ui/agreement_commands.py" line="+24"/>
        <source>editar el acuerdo «{summary}»</source>
        <translation>edit the agreement “{summary}”</translation>
    </message>
</context>
<context>
    <name>EditWorkshopCommand</name>
    <message>
        <location filename="../../participa_desktop/ui/workshop_commands.py" line="+34"/>
        <source>editar el taller «{title}»</source>
        <translation>edit the workshop “{title}”</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../participa_desktop/ui/enrolment_panel.py" line="+59"/>
        <source>Revisando la inscripción de este equipo…</source>
        <translation>Checking this computer&apos;s enrollment…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Este equipo todavía no está inscrito en un servidor. Con la dirección y el código que le dé su coordinador(a), inscríbalo una vez; después podrá sincronizar cuando tenga conexión. Sin internet, intercambie paquetes con una memoria USB.</source>
        <translation>This computer is not enrolled with a server yet. With the address and code your coordinator gives you, enroll it once; then you can sync whenever you are online. Without internet, exchange packages on a USB drive.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inscrito en «{server}» ({url}) para la organización «{org}».</source>
        <translation>Enrolled with “{server}” ({url}) for the organization “{org}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inscribir este equipo en el servidor</source>
        <translation>Enroll this computer with the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://sincronizacion.ejemplo.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>código que le dio su coordinador(a)</source>
        <translation>code your coordinator gave you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nscribir</source>
        <translation>E&amp;nroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dirección del servidor:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ódigo de inscripción:</source>
        <translation>Enrollment c&amp;ode:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../participa_desktop/ui/errors.py" line="+77"/>
        <source>Participa+</source>
        <extracomment>Dialogs shown without a parent window, kept alive until they are closed.</extracomment>
        <translation>Participa+</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ocurrió un error inesperado. Sus datos guardados no se perdieron: lo que alcanzó a guardarse quedó guardado y lo demás no se aplicó.</source>
        <translation>An unexpected error occurred. Your saved data was not lost: whatever was saved stays saved and the rest was not applied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(sin archivo de registro)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si se repite, envíe al equipo de soporte el archivo de registro:
{path}</source>
        <translation>If it happens again, send the support team the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../participa_desktop/ui/first_run.py" line="+95"/>
        <source>Participa+: primeros pasos</source>
        <extracomment>Qt&apos;s own button texts (context &quot;QWizard&quot;), looked up again when the language changes: QWizard does not retranslate its buttons by itself. Not literals in tr() calls, so lupdate leaves them to Qt&apos;s translation files. The open data file, whether this wizard created it, its server link, and whether demo data went in: filled in as the pages succeed. The provisioning file in use (the last valid one read), if any.</extracomment>
        <translation>Participa+: getting started</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Cancelando…</source>
        <translation>Canceling…</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/home_screen.py" line="+163"/>
        <source>{start} a {end}</source>
        <extracomment>Background of an overdue agreement (with the words «vencido hace…», not colour alone).</extracomment>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Día</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Taller</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asistentes</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vence</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situación</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acuerdo</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archivo de datos: {path}
Equipo: {device}</source>
        <translation>Data file: {path}
Computer: {device}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoy, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Talleres de hoy y de los próximos {days} días (Enter: tomar asistencia)</source>
        <translation>&amp;Workshops today and in the next {days} days (Enter: take attendance)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ac&amp;uerdos vencidos y por vencer (Enter: ir a Acuerdos)</source>
        <translation>&amp;Overdue and upcoming agreements (Enter: go to Agreements)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talleres de hoy y próximos</source>
        <translation>Today&apos;s and upcoming workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acuerdos vencidos y por vencer</source>
        <translation>Overdue and upcoming agreements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leyendo el resumen…</source>
        <translation>Reading the summary…</translation>
    </message>
</context>
<context>
    <name>HomeSentences</name>
    <message>
        <location filename="../../participa_desktop/ui/home_sentences.py" line="+32"/>
        <source>Hoy no hay talleres.</source>
        <translation>No workshops today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoy: 1 taller.</source>
        <translation>Today: 1 workshop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoy: {n} talleres.</source>
        <translation>Today: {n} workshops.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ningún otro taller en los próximos {days} días.</source>
        <translation>No other workshops in the next {days} days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 taller más en los próximos {days} días.</source>
        <translation>1 more workshop in the next {days} days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} talleres más en los próximos {days} días.</source>
        <translation>{n} more workshops in the next {days} days.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ningún acuerdo vencido.</source>
        <translation>No overdue agreements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 acuerdo vencido.</source>
        <translation>1 overdue agreement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} acuerdos vencidos.</source>
        <translation>{n} overdue agreements.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ningún acuerdo vence en los próximos {days} días.</source>
        <translation>No agreements due in the next {days} days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 acuerdo vence en los próximos {days} días.</source>
        <translation>1 agreement due in the next {days} days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} acuerdos vencen en los próximos {days} días.</source>
        <translation>{n} agreements due in the next {days} days.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Todavía no se ha sincronizado con el servidor.</source>
        <translation>Not synced with the server yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Última sincronización: {when}.</source>
        <translation>Last sync: {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Este equipo no está inscrito en un servidor y todavía no ha intercambiado paquetes.</source>
        <translation>This computer is not enrolled with a server and has not exchanged packages yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Este equipo no está inscrito en un servidor. Último intercambio de paquetes: {when}.</source>
        <translation>This computer is not enrolled with a server. Last package exchange: {when}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No hay cambios por enviar.</source>
        <translation>No changes to send.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 cambio por enviar.</source>
        <translation>1 change to send.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} cambios por enviar.</source>
        <translation>{n} changes to send.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Todos los cambios ya están en un paquete exportado.</source>
        <translation>All changes are already in an exported package.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 cambio aún no se ha exportado en un paquete.</source>
        <translation>1 change not yet exported in a package.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} cambios aún no se han exportado en un paquete.</source>
        <translation>{n} changes not yet exported in a package.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hace un momento</source>
        <translation>a moment ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hace 1 minuto</source>
        <translation>1 minute ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hace {n} minutos</source>
        <translation>{n} minutes ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hace 1 hora</source>
        <translation>1 hour ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hace {n} horas</source>
        <translation>{n} hours ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hace 1 día</source>
        <translation>1 day ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hace {n} días</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vencido hace 1 día</source>
        <translation>overdue by 1 day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vencido hace {n} días</source>
        <translation>overdue by {n} days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vence hoy</source>
        <translation>due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vence mañana</source>
        <translation>due tomorrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vence en {n} días</source>
        <translation>due in {n} days</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hoy</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mañana</source>
        <translation>tomorrow</translation>
    </message>
</context>
<context>
    <name>ImplementationDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/implementation_form.py" line="+67"/>
        <source>Nueva implementación</source>
        <translation>New implementation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datos de la implementación</source>
        <translation>Implementation details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>por ejemplo Activa Buenaventura</source>
        <translation>e.g. Activa Buenaventura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;unicipio:</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organización &amp;líder:</source>
        <translation>&amp;Lead organization:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha de inicio:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Con fecha</source>
        <translation>&amp;Has date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha de cierre:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con &amp;fecha</source>
        <translation>Has &amp;date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descri&amp;pción:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ImplementationsScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/implementations_screen.py" line="+59"/>
        <source>1 implementación</source>
        <translation>1 implementation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} implementaciones</source>
        <translation>{count} implementations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organización líder</source>
        <translation>Lead organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cierre</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talleres</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Implementaciones</source>
        <translation>Implementations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre, municipio o departamento (sin importar tildes)</source>
        <translation>Name, municipality or department (accents ignored)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nueva implementación…</source>
        <translation>&amp;New implementation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;liminar…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agregar aliado…</source>
        <translation>&amp;Add ally…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cambiar &amp;rol…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quitar aliado…</source>
        <translation>Re&amp;move ally…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nueva n&amp;ota…</source>
        <translation>New n&amp;ote…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Editar no&amp;ta…</source>
        <translation>Edit no&amp;te…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminar nota…</source>
        <translation>Delete note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuevo &amp;hito…</source>
        <translation>New m&amp;ilestone…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Editar h&amp;ito…</source>
        <translation>Edit mi&amp;lestone…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminar hito…</source>
        <translation>Delete milestone…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliados</source>
        <translation>Allies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aprendizajes, retos y oportunidades</source>
        <translation>Learnings, challenges and opportunities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hitos</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Elija una implementación para ver sus aliados, aprendizajes e hitos.</source>
        <translation>Choose an implementation to see its allies, learnings and milestones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: aliados, aprendizajes e hitos</source>
        <translation>{name}: allies, learnings and milestones</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>editar la implementación {name}</source>
        <translation>edit the implementation {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Eliminar implementación</source>
        <translation>Delete implementation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¿Eliminar la implementación {name}?</source>
        <translation>Delete the implementation {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sus talleres, aliados, notas e hitos se conservan, pero la implementación ya no aparecerá en las listas.</source>
        <translation>Its workshops, allies, notes and milestones are kept, but the implementation will no longer appear in lists.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quitar aliado</source>
        <translation>Remove ally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¿Quitar a {name} de los aliados de esta implementación?</source>
        <translation>Remove {name} from the allies of this implementation?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>editar una nota</source>
        <translation>edit a note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eliminar nota</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>¿Eliminar esta nota?</source>
        <translation>Delete this note?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>editar un hito</source>
        <translation>edit a milestone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eliminar hito</source>
        <translation>Delete milestone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>¿Eliminar este hito?</source>
        <translation>Delete this milestone?</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../participa_desktop/ui/first_run_pages.py" line="-192"/>
        <source>No se usó el archivo de aprovisionamiento</source>
        <extracomment>Languages offered, each named in its own language (never translated).</extracomment>
        <translation>The provisioning file was not used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puede seguir sin él: escriba la dirección del servidor y el código que le dé su coordinador(a), o trabaje sin conexión.</source>
        <translation>You can go on without it: type the server address and the code your coordinator gives you, or work offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archivo: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuración de «{org}»</source>
        <translation>Settings from “{org}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Este computador recibió el archivo de aprovisionamiento de su organización: la dirección del servidor y el código de inscripción ya vendrán escritos en el paso «Cómo va a trabajar».</source>
        <translation>This computer received your organisation’s provisioning file: the server address and the enrolment code will already be filled in at the “How you will work” step.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Este computador recibió el archivo de aprovisionamiento de su organización: la dirección del servidor ya vendrá escrita en el paso «Cómo va a trabajar».</source>
        <translation>This computer received your organisation’s provisioning file: the server address will already be filled in at the “How you will work” step.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bienvenida</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participa+ le ayuda a registrar talleres, asistencia y acuerdos, con o sin conexión a internet. Primero, elija el idioma de la aplicación (podrá cambiarlo después en Archivo › Preferencias).</source>
        <translation>Participa+ helps you record workshops, attendance and agreements, with or without an internet connection. First, choose the app&apos;s language (you can change it later in File › Preferences).</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../participa_desktop/ui/app.py" line="+115"/>
        <source>No se encontró el archivo de datos usado la última vez («{path}»): quizás se movió, se borró o estaba en una memoria USB. Ábralo desde su nuevo lugar o cree uno nuevo.</source>
        <extracomment>The window was asked to close (it is gone once the close is done).</extracomment>
        <translation>The data file used last time (“{path}”) was not found: it may have been moved or deleted, or it was on a USB drive. Open it from its new location or create a new one.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No se pudo abrir el archivo de datos. A continuación puede abrir otro o crear uno nuevo.</source>
        <translation>Could not open the data file. Next, you can open another one or create a new one.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../participa_desktop/ui/main_window.py" line="+157"/>
        <source>Se recibieron datos de otros equipos: ya no se puede deshacer lo anterior (no se perdió nada).</source>
        <extracomment>Fits a 1366×768 laptop screen with a taskbar and window decorations.</extracomment>
        <translation>Data arrived from other computers: earlier actions can no longer be undone (nothing was lost).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hay una versión nueva: Participa+ {version} (vea Sincronización)</source>
        <translation>A new version is available: Participa+ {version} (see Sync)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Participa+ Desktop</source>
        <translation>Participa+ Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abriendo el archivo de datos «{name}»…</source>
        <translation>Opening the data file “{name}”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ir a</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sincronizar ahora</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Salir</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferences…</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/implementation_parts.py" line="+116"/>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hito:</source>
        <translation>&amp;Milestone:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location line="-54"/>
        <source>Nota de conocimiento</source>
        <translation>Knowledge note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tipo:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Con fecha</source>
        <translation>&amp;Has date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/organization_form.py" line="+61"/>
        <source>Nueva organización</source>
        <translation>New organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datos de la organización</source>
        <translation>Organization details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;IT:</source>
        <translation>N&amp;IT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>900123456-7 (opcional)</source>
        <translation>900123456-7 (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;unicipio:</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;orreo:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modelo:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aliada que recibió el modelo Participa+</source>
        <translation>&amp;Ally that received the Participa+ model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferencia del modelo:</source>
        <translation>Model transfer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Con fecha</source>
        <translation>&amp;Has date</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/organizations_screen.py" line="+57"/>
        <source>1 organización</source>
        <translation>1 organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} organizaciones</source>
        <translation>{count} organizations</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 alianza</source>
        <translation>1 alliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} alianzas</source>
        <translation>{count} alliances</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aliada del modelo</source>
        <translation>Model ally</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Alianzas</source>
        <translation>Alliances</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sí, desde {date}</source>
        <translation>yes, since {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Propósito</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cierre</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementación</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organizaciones</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre o NIT (sin importar tildes)</source>
        <translation>Name or NIT (accents ignored)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nueva organización…</source>
        <translation>&amp;New organization…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;liminar…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nueva &amp;alianza…</source>
        <translation>New &amp;alliance…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Editar alian&amp;za…</source>
        <translation>Edit a&amp;lliance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminar alia&amp;nza…</source>
        <translation>Delete allian&amp;ce…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alianzas de {name}</source>
        <translation>Alliances of {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>editar la organización {name}</source>
        <translation>edit the organization {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Eliminar organización</source>
        <translation>Delete organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¿Eliminar la organización {name}?</source>
        <translation>Delete the organization {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Las personas, alianzas e implementaciones que la nombran la conservan en su historia, pero ya no aparecerá en las listas.</source>
        <translation>People, alliances and implementations that name it keep it in their history, but it will no longer appear in the lists.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>editar una alianza</source>
        <translation>edit an alliance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Eliminar alianza</source>
        <translation>Delete alliance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>¿Eliminar esta alianza?</source>
        <translation>Delete this alliance?</translation>
    </message>
</context>
<context>
    <name>PackageHistory</name>
    <message>
        <location filename="../../participa_desktop/ui/package_history.py" line="+26"/>
        <source>paquete escrito</source>
        <extracomment>The engine&apos;s status codes in words (sent packages, then received ones).</extracomment>
        <translation>package written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recibido por el servidor</source>
        <translation>received by the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rechazado</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reemplazado por uno más nuevo</source>
        <translation>replaced by a newer one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mezclado</source>
        <translation>merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retenido para revisión</source>
        <translation>held for review</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Fecha</source>
        <extracomment>What the engine records for a merged package (`MergeSummary.describe`, Spanish): its numbers are told again in the interface language.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentido</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipo</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filas</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hecho: {created}
Enviado o recibido: {handled}</source>
        <translation>Created: {created}
Sent or received: {handled}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enviado</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recibido</source>
        <translation>received</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cualquier equipo (USB)</source>
        <translation>any computer (USB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{new} filas nuevas, {updated} actualizadas, {unchanged} sin cambios; {conflicts} valores en conflicto guardados para revisión.</source>
        <translation>{new} new rows, {updated} updated, {unchanged} unchanged; {conflicts} conflicting values kept for review.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Historial de paquetes: todavía no se ha enviado ni recibido ninguno.</source>
        <translation>Package &amp;history: none sent or received yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Historial de paquetes enviados y recibidos ({count}), el más reciente primero:</source>
        <translation>Package &amp;history, sent and received ({count}), newest first:</translation>
    </message>
</context>
<context>
    <name>PackageOutcomes</name>
    <message>
        <location filename="../../participa_desktop/ui/package_outcomes.py" line="+25"/>
        <source>Enviando cambios…</source>
        <translation>Sending changes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recibiendo cambios…</source>
        <translation>Receiving changes…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No había cambios por enviar.</source>
        <translation>There were no changes to send.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se envió 1 fila ({size}).</source>
        <translation>Sent 1 row ({size}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se enviaron {rows} filas ({size}).</source>
        <translation>Sent {rows} rows ({size}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>El envío retomó uno que se había interrumpido.</source>
        <translation>The upload picked up where an interrupted one had stopped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No había nada nuevo en el servidor.</source>
        <translation>There was nothing new on the server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se recibió 1 fila nueva o cambiada.</source>
        <translation>Received 1 new or changed row.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se recibieron {rows} filas nuevas o cambiadas.</source>
        <translation>Received {rows} new or changed rows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 valor editado en dos equipos a la vez quedó guardado para que un(a) coordinador(a) lo revise en la pantalla «Revisión».</source>
        <translation>1 value edited on two computers at once was kept for a coordinator to review on the “Review” screen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} valores editados en dos equipos a la vez quedaron guardados para que un(a) coordinador(a) los revise en la pantalla «Revisión».</source>
        <translation>{count} values edited on two computers at once were kept for a coordinator to review on the “Review” screen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duración: {seconds} s.</source>
        <translation>Took {seconds} s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paquete exportado</source>
        <translation>Package exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se escribió el paquete «{name}» en «{folder}»: {rows} filas, {size}.
Lleve la memoria USB al equipo que debe recibir estos datos e impórtelo allí con «Importar paquetes…». Antes de retirar la memoria, expúlsela de forma segura.</source>
        <translation>Wrote package “{name}” to “{folder}”: {rows} rows, {size}.
Take the USB drive to the computer that should receive this data and import it there with “Import packages…”. Before removing the drive, eject it safely.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>mezclado (de «{source}»). Filas nuevas: {new}; actualizadas: {updated}; valores en conflicto guardados para revisión: {conflicts}.</source>
        <translation>merged (from “{source}”). New rows: {new}; updated: {updated}; conflicting values kept for review: {conflicts}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ya se había recibido antes; no trajo nada nuevo.</source>
        <translation>already received before; it brought nothing new.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lo exportó este mismo equipo: no trae nada que recibir aquí.</source>
        <translation>exported by this same computer: nothing to receive here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no se importó: la importación se canceló antes.</source>
        <translation>not imported: the import was canceled first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no se mezcló. {reason}</source>
        <translation>not merged. {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importación cancelada: se recibieron {merged} de {total} paquetes</source>
        <translation>Import canceled: {merged} of {total} packages received</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No se pudo recibir ningún paquete</source>
        <translation>No package could be received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se recibieron {merged} de {total} paquetes; {failed} con problemas</source>
        <translation>{merged} of {total} packages received; {failed} with problems</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se recibieron los {total} paquetes</source>
        <translation>All {total} packages received</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Los paquetes con problemas no cambiaron nada: pida que los vuelvan a exportar o cópielos de nuevo a la memoria.</source>
        <translation>Packages with problems changed nothing: ask for them to be exported again or copy them to the drive again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hay valores editados en dos equipos a la vez: revíselos en la pantalla «Revisión», pestaña «Conflictos».</source>
        <translation>Some values were edited on two computers at once: review them on the “Review” screen, “Conflicts” tab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>En «{folder}» no hay paquetes de Participa+ (archivos .participa).</source>
        <translation>There are no Participa+ packages (.participa files) in “{folder}”.</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/people_screen.py" line="+66"/>
        <source>Nombre</source>
        <extracomment>How many matches a search shows at most.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documento</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autorización de datos</source>
        <translation>Data consent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edad</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asistencias</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ sin autorización</source>
        <translation>⚠ no consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} · {channel}</source>
        <translation>{date} · {channel}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No hay registro de la autorización de tratamiento de datos (Ley 1581 de 2012): edite a la persona y registre cuándo y cómo la dio.</source>
        <translation>There is no record of consent to data processing (Ley 1581 de 2012): edit the person and record when and how it was given.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{age} años</source>
        <translation>{age} years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~{age} años ({year})</source>
        <translation>~{age} years ({year})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nació el {date}</source>
        <translation>Born {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se muestran las primeras {count} coincidencias: escriba más para afinar</source>
        <translation>Showing the first {count} matches: type more to narrow down</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 coincidencia</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} coincidencias</source>
        <translation>{count} matches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 persona</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} personas</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre, apellidos o número de documento (sin importar tildes)</source>
        <translation>Name, surnames or ID number (accents ignored)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nueva persona…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;liminar…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>editar a {name}</source>
        <translation>edit {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Eliminar persona</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¿Eliminar a {name} del registro?</source>
        <translation>Delete {name} from the registry?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>También se quitarán sus {count} asistencias. Esto se comparte con los demás equipos en la próxima sincronización.</source>
        <translation>Their {count} attendance records will also be removed. This is shared with the other computers at the next sync.</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../participa_desktop/ui/person_card.py" line="+64"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taller</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(sin dato)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ninguna persona elegida)</source>
        <translation>(no person selected)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cargando las asistencias…</source>
        <translation>Loading attendance…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tiene asistencias registradas.</source>
        <translation>No attendance recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asistencias registradas ({count}):</source>
        <translation>Recorded attendance ({count}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documento:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Año de nacimiento:</source>
        <translation>Birth year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teléfono:</source>
        <translation>Phone:</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/person_form.py" line="+147"/>
        <source>Nueva persona</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datos de la persona</source>
        <translation>Person&apos;s details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nombres:</source>
        <translation>First &amp;names:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primer &amp;apellido:</source>
        <translation>&amp;First surname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segundo apellido:</source>
        <translation>Second surname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documento:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Número, sin puntos</source>
        <translation>Number, no dots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Número de documento</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Género:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naci&amp;miento:</source>
        <translation>&amp;Birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/aaaa, o solo el año</source>
        <translation>dd/mm/yyyy, or year only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;orreo:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganización:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;unicipio:</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autorización de tratamiento de datos (Ley 1581 de 2012)</source>
        <translation>Consent to data processing (Ley 1581 de 2012)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me&amp;dio:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versión del aviso:</source>
        <translation>Notice &amp;version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>por ejemplo 2025-2</source>
        <translation>e.g. 2025-2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acudie&amp;nte:</source>
        <translation>Gua&amp;rdian:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solo para menores de edad: quien autorizó</source>
        <translation>Minors only: who gave consent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ha asistido a 1 taller.</source>
        <translation>Has attended 1 workshop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ha asistido a {count} talleres.</source>
        <translation>Has attended {count} workshops.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(sin documento)</source>
        <translation>(no ID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(sin dato)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../participa_desktop/ui/person_search.py" line="+173"/>
        <source>Nombre</source>
        <extracomment>The most people one search shows (the core&apos;s default); typing more narrows it. Enter on a person: (participant id, name — &quot;&quot; while their row loads). Enter (or the walk-in key) when nobody matched: (the typed text). The results of `text` are in the table: (text, how many people).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documento</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En este taller</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buscar por nombre o número de documento</source>
        <translation>Search by name or ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buscar persona</source>
        <translation>Find person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas encontradas</source>
        <translation>People found</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No se pudo buscar: {error}</source>
        <translation>Could not search: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Escriba un nombre o un número de documento; con ↓ ↑ elija y con Enter marque la asistencia. F2: persona nueva.</source>
        <translation>Type a name or an ID number; choose with ↓ ↑ and press Enter to mark attendance. F2: new person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buscando «{text}»…</source>
        <translation>Searching for “{text}”…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nadie coincide con «{text}». Pulse Enter o F2 para registrar a una persona nueva.</source>
        <translation>No one matches “{text}”. Press Enter or F2 to register a new person.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se muestran las primeras {count} personas: escriba más para afinar. Enter marca la persona resaltada.</source>
        <translation>Showing the first {count} people: type more to narrow down. Enter marks the highlighted person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Una persona. Enter la marca presente.</source>
        <translation>One person. Enter marks them present.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} personas. ↓ ↑ para elegir, Enter para marcar presente.</source>
        <translation>{count} people. ↓ ↑ to choose, Enter to mark present.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/record_dialog.py" line="+105"/>
        <source>&amp;Guardar</source>
        <extracomment>The write succeeded: the saved record.</extracomment>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/record_list.py" line="+212"/>
        <source>&amp;Eliminar</source>
        <extracomment>The selected record changed: its id, or None. New ids are shown (after `reload`).</extracomment>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ReleaseNotice</name>
    <message>
        <location filename="../../participa_desktop/ui/release_notice.py" line="+54"/>
        <source>Puede instalar Participa+ {version}; este equipo tiene la versión {current}. Sus datos se conservan al actualizar. Participa+ no se actualiza solo: usted decide cuándo instalarlo.</source>
        <translation>You can install Participa+ {version}; this computer has version {current}. Your data is kept when you update. Participa+ never updates itself: you decide when to install it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Página de descarga: {url}</source>
        <translation>Download page: {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pida el instalador a su coordinador(a).</source>
        <translation>Ask your coordinator for the installer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hay una versión nueva de Participa+</source>
        <translation>A new version of Participa+ is available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abrir la página de &amp;descarga</source>
        <translation>Open the &amp;download page</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../../participa_desktop/ui/results_charts.py" line="+162"/>
        <source>Leyendo las cifras…</source>
        <extracomment>Colours of the model&apos;s components, by their place in it (Okabe–Ito, readable by people who do not tell red from green); workshops without a component are grey.</extracomment>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+7"/>
        <source>Sin talleres en este periodo.</source>
        <translation>No workshops in this period.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Talleres por mes y componente</source>
        <translation>Workshops by month and component</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Asistencias por municipio: los {top} con más asistencias; «Otros» suma los {others} restantes</source>
        <translation>Attendance by municipality: the {top} with the most attendances; “Others” adds up the remaining {others}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otros ({count} municipios)</source>
        <translation>Others ({count} municipalities)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asistencias por municipio</source>
        <translation>Attendance by municipality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sin asistencias registradas en este periodo.</source>
        <translation>No attendance recorded in this period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asistencias</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Acuerdos por estado: 1 vencido</source>
        <translation>Agreements by status: 1 overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acuerdos por estado: {count} vencidos</source>
        <translation>Agreements by status: {count} overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sin acuerdos en este periodo.</source>
        <translation>No agreements in this period.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vencidos</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No vencidos</source>
        <translation>Not overdue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{status}: {count} (1 vencido)</source>
        <translation>{status}: {count} (1 overdue)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}: {count} ({overdue} vencidos)</source>
        <translation>{status}: {count} ({overdue} overdue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <location filename="../../participa_desktop/ui/results_export.py" line="+84"/>
        <source>Exportar &amp;informe de resultados…</source>
        <translation>Export results &amp;report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libro de Excel con el resumen, sus gráficos y las hojas de datos del periodo elegido (Ctrl+Mayús+R)</source>
        <translation>Excel workbook with the summary, its charts and the data sheets for the selected period (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sin esta casilla, cada persona aparece con un código estable y sin nombre, documento ni teléfono (Ley 1581 de 2012).</source>
        <translation>If unchecked, each person appears under a stable code, with no name, ID or phone (Ley 1581 de 2012).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Incluir datos pe&amp;rsonales</source>
        <translation>&amp;Include personal data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;brir el archivo</source>
        <translation>Open the fi&amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abrir la &amp;carpeta</source>
        <translation>&amp;Show in folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guardar el informe de resultados</source>
        <translation>Save the results report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 taller</source>
        <translation>1 workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} talleres</source>
        <translation>{n} workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 asistencia</source>
        <translation>1 attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} asistencias</source>
        <translation>{n} attendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 persona única</source>
        <translation>1 unique person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} personas únicas</source>
        <translation>{n} unique people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informe de resultados guardado</source>
        <translation>Results report saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}»: {workshops}, {attendances}, {people}, en la carpeta {folder}</source>
        <translation>“{name}”: {workshops}, {attendances}, {people}, in the folder {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Informe cancelado</source>
        <translation>Report canceled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No se escribió ningún archivo; si ya había uno con ese nombre, quedó como estaba.</source>
        <translation>No file was written; if there was already one with that name, it was left as it was.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No se guardó el informe</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No se pudo guardar «{name}»: {reason} Si ya había un archivo con ese nombre, quedó como estaba.</source>
        <translation>Could not save “{name}”: {reason} If there was already a file with that name, it was left as it was.</translation>
    </message>
</context>
<context>
    <name>ResultsFilterBar</name>
    <message>
        <location filename="../../participa_desktop/ui/results_filters.py" line="+102"/>
        <source>&amp;Periodo:</source>
        <extracomment>Where the filters are remembered (Settings keys). The period choices, by code. &quot;personalizado&quot; takes the dates typed in.</extracomment>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mplementación:</source>
        <translation>I&amp;mplementation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organización:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desde:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hasta:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Todo el periodo</source>
        <translation>All time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Este año</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Últimos 12 meses</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Año anterior</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personalizado</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Todas</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/results_screen.py" line="+110"/>
        <source>Resultados</source>
        <extracomment>Tables whose changes change what this screen shows (&quot;*&quot;: a sync or a package). Buttons acting on `current_scope()` go here (right of the filters).</extracomment>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leyendo las cifras…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 taller</source>
        <translation>1 workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} talleres</source>
        <translation>{n} workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 asistencia</source>
        <translation>1 attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} asistencias</source>
        <translation>{n} attendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 persona</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} personas</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>del {start} al {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>desde el {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hasta el {end}</source>
        <translation>up to {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>todo el periodo registrado</source>
        <translation>all recorded dates</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/review_screen.py" line="+38"/>
        <source>Revisión</source>
        <extracomment>Tables whose changes can change the duplicate suggestions. Tabs whose data may be stale (all, until first shown).</extracomment>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Con&amp;flictos</source>
        <translation>Con&amp;flicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicados</source>
        <translation>D&amp;uplicates</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/roster_import.py" line="+107"/>
        <source>Elija la planilla de Excel con las personas</source>
        <extracomment>The settings key of the folder a roster was imported from last. (folder to start in) → the roster chosen, or None when cancelled.</extracomment>
        <translation>Choose the Excel roster with the people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libros de Excel (*.xlsx);;Todos los archivos (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Importar planilla de E&amp;xcel…</source>
        <translation>Import E&amp;xcel roster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrar o actualizar personas desde una planilla de Excel (.xlsx) (Ctrl+Mayús+I)</source>
        <translation>Register or update people from an Excel roster (.xlsx) (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No se importó nada: no se pudo escribir el informe de las filas no importadas ni junto a la planilla ni en la carpeta de los datos ({reason}).</source>
        <translation>Nothing was imported: the report of rows not imported could not be written next to the roster or in the data folder ({reason}).</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/roster_import_dialogs.py" line="+107"/>
        <source>Importar planilla de Excel</source>
        <translation>Import Excel roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planilla: «{name}»
en {folder}</source>
        <translation>Roster: “{name}”
in {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cambiar de archivo…</source>
        <translation>&amp;Change file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Las personas nuevas solo se registran con su autorización de tratamiento de datos (Ley 1581 de 2012). Si la planilla no trae una columna de autorización, pero la lista en papel la llevaba firmada por cada persona, márquelo aquí:</source>
        <translation>New people are only registered with their consent to data processing (Ley 1581 de 2012). If the roster has no consent column but each person signed the consent on the paper list, check this:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Las personas &amp;firmaron la autorización en papel el día</source>
        <translation>People &amp;signed the consent on paper on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha en que firmaron la autorización</source>
        <translation>Date they signed the consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Las personas que ya están en el registro (mismo documento) se actualizan con los datos de la planilla; su autorización no cambia. Las filas que no se puedan importar quedan en un informe, con su número de fila y el motivo.</source>
        <translation>People already in the register (same ID) are updated with the data from the roster; their consent does not change. Rows that cannot be imported go into a report, with their row number and the reason.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importando la planilla… (no cierre esta ventana)</source>
        <translation>Importing the roster… (do not close this window)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RosterResultDialog</name>
    <message>
        <location line="+106"/>
        <source>Planilla importada</source>
        <translation>Roster imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se importó «{name}».</source>
        <translation>Imported “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas nuevas registradas:</source>
        <translation>New people registered:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas actualizadas:</source>
        <translation>People updated:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ya estaban y no cambiaron:</source>
        <translation>Already registered, unchanged:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filas no importadas:</source>
        <translation>Rows not imported:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Las filas no importadas, con su número de fila y el motivo, están en «{name}», en {folder}.</source>
        <translation>The rows not imported, with their row number and the reason, are in “{name}”, in {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No se pudo escribir el informe junto a la planilla, así que quedó en la carpeta de los datos de Participa+.</source>
        <translation>The report could not be written next to the roster, so it was saved in the Participa+ data folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abrir el &amp;informe de filas no importadas</source>
        <translation>Open the &amp;report of rows not imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>RosterTable</name>
    <message>
        <location filename="../../participa_desktop/ui/roster_table.py" line="+52"/>
        <source>Nombre</source>
        <extracomment>Delete on the current row: (participant id). Enter or double click on a row: (participant id).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documento</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Llegada</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quitar de la asistencia</source>
        <translation>Remove from attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asistentes de este taller</source>
        <translation>This workshop&apos;s attendees</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/settings_dialog.py" line="+110"/>
        <location line="+41"/>
        <source>Preferencias</source>
        <extracomment>The Settings.value key of the consent notice version that the walk-in dialog records with each new person&apos;s consent, and its value until someone changes it.</extracomment>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versión del aviso de consentimiento:</source>
        <translation>Consent notice &amp;version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se guarda con el consentimiento de cada persona que se registra. Cámbiela cuando su organización publique un aviso nuevo.</source>
        <translation>Saved with the consent of each person who registers. Change it when your organization publishes a new notice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archivos</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivo de &amp;datos en uso:</source>
        <translation>&amp;Data file in use:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivo de &amp;registro:</source>
        <translation>Lo&amp;g file:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(sin archivo de registro)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abrir la carpeta de datos</source>
        <translation>&amp;Open the data folder</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Escriba la versión del aviso de consentimiento (por ejemplo, «{example}»).</source>
        <translation>Enter the consent notice version (for example, “{example}”).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No se encontró el archivo de traducción de ese idioma: parte de la aplicación seguirá en español. Reinstale Participa+ para corregirlo.</source>
        <translation>The translation file for that language was not found: part of the app will stay in Spanish. Reinstall Participa+ to fix it.</translation>
    </message>
</context>
<context>
    <name>SyncFailures</name>
    <message>
        <location filename="../../participa_desktop/ui/sync_failures.py" line="+44"/>
        <source>Sincronización cancelada</source>
        <extracomment>The heading of each expected failure, most specific first; the text is the error&apos;s own.</extracomment>
        <translation>Sync canceled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sin conexión con el servidor</source>
        <translation>No connection to the server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La fecha o la hora de este equipo están mal</source>
        <translation>This computer&apos;s date or time is wrong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hay que inscribir este equipo de nuevo</source>
        <translation>This computer must be enrolled again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>El servidor no aceptó la solicitud</source>
        <translation>The server refused the request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>El servidor rechazó un paquete dañado</source>
        <translation>The server rejected a damaged package</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La dirección del servidor no es segura</source>
        <translation>The server address is not secure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El servidor tuvo un problema</source>
        <translation>The server had a problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No se pudo sincronizar</source>
        <translation>Could not sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>El paquete es de una versión más nueva de Participa+</source>
        <translation>The package is from a newer version of Participa+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paquete retenido para revisión</source>
        <translation>Package held for review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>El paquete está dañado o no es válido</source>
        <translation>The package is damaged or invalid</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No se pudo usar el archivo o la carpeta</source>
        <extracomment>The sync client&apos;s sentence for no connection; its technical detail is kept.</extracomment>
        <translation>Could not use the file or folder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sincronización cancelada. Lo enviado y recibido hasta ahora quedó guardado; la próxima vez continúa donde quedó.</source>
        <translation>Sync canceled. What was sent and received so far is saved; next time it picks up where it stopped.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No hay conexión con el servidor. Revise el internet y vuelva a intentarlo; lo que falte por enviar se reanudará donde quedó. ({detail})</source>
        <translation>There is no connection to the server. Check the internet connection and try again; whatever is left to send will resume where it stopped. ({detail})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No se pudo usar «{path}»: {reason}. Revise que la memoria USB siga conectada, que tenga espacio y que no esté protegida contra escritura, y vuelva a intentarlo.</source>
        <translation>Could not use “{path}”: {reason}. Check that the USB drive is still connected, has free space and is not write-protected, then try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hay que actualizar Participa+</source>
        <translation>Participa+ must be updated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Descargue Participa+ {version} aquí: {link}</source>
        <translation>Download Participa+ {version} here: {link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descargue la versión más reciente aquí: {link}</source>
        <translation>Download the latest version here: {link}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pida a su coordinador(a) el instalador de Participa+ {version} o posterior; sus datos se conservan al actualizar.</source>
        <translation>Ask your coordinator for the installer of Participa+ {version} or later; your data is kept when you update.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pida a su coordinador(a) el instalador de la versión más reciente de Participa+; sus datos se conservan al actualizar.</source>
        <translation>Ask your coordinator for the installer of the latest Participa+; your data is kept when you update.</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/sync_screen.py" line="+167"/>
        <source>Sincronización</source>
        <extracomment>Asks where to export: returns a folder, or None when the person cancelled. Asks what to import: returns package files and/or folders (empty when cancelled). Passed to the sync client&apos;s transport (tests: fewer retries, shorter waits). Where the file dialogs open: found on the runner before each (`_find_folder`).</extracomment>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Con el servidor (internet)</source>
        <translation>With the server (internet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sincronizar ahora</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envía los cambios de este equipo y recibe los de los demás (F5).</source>
        <translation>Sends this computer&apos;s changes and receives the others&apos; (F5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con una memoria USB (sin internet)</source>
        <translation>With a USB drive (no internet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exportar paquete…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xportar paquete…</source>
        <translation>E&amp;xport package…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escribe en una memoria USB un paquete con todos los datos de este equipo (Ctrl+E).</source>
        <translation>Writes a package with all of this computer&apos;s data to a USB drive (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>I&amp;mportar paquetes…</source>
        <translation>I&amp;mport packages…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recibe uno o varios paquetes de otros equipos desde una memoria USB (Ctrl+I).</source>
        <translation>Receives one or more packages from other computers on a USB drive (Ctrl+I).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Importar una carpe&amp;ta…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recibe todos los paquetes (.participa) de una carpeta.</source>
        <translation>Receives all the packages (.participa) in a folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Sincronización terminada</source>
        <translation>Sync finished</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelando… (lo que ya terminó queda guardado)</source>
        <translation>Canceling… (whatever has finished stays saved)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Escribiendo el paquete en «{folder}»…</source>
        <translation>Writing the package to “{folder}”…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Buscando los paquetes…</source>
        <translation>Looking for packages…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paquete {number} de {total}: {name}</source>
        <translation>Package {number} of {total}: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paquete {number} de {total}</source>
        <translation>package {number} of {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No hay paquetes</source>
        <translation>No packages</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No se pudo terminar: ocurrió un error inesperado.</source>
        <translation>Could not finish: an unexpected error occurred.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Escriba la dirección del servidor y el código.</source>
        <translation>Enter the server address and the code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inscribiendo…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Equipo inscrito para la organización «{org}».</source>
        <translation>Computer enrolled for the organization “{org}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipo inscrito</source>
        <translation>Computer enrolled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conectando con el servidor…</source>
        <translation>Connecting to the server…</translation>
    </message>
</context>
<context>
    <name>TerritoriesScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/registry/territories_screen.py" line="+62"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departamento</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Código DANE</source>
        <translation>DANE code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talleres</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementaciones</source>
        <translation>Implementations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 municipio</source>
        <translation>1 municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} municipios</source>
        <translation>{count} municipalities</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Territorios</source>
        <translation>Territories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipio, departamento o código DANE (sin importar tildes)</source>
        <translation>Municipality, department or DANE code (accents ignored)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solo con &amp;actividad</source>
        <translation>With &amp;activity only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mostrar solo los municipios con talleres, personas o implementaciones</source>
        <translation>Show only municipalities with workshops, people or implementations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipios y áreas no municipalizadas de la división político-administrativa del DANE (DIVIPOLA). Son datos de referencia: no se editan.</source>
        <translation>Municipalities and non-municipalized areas of DANE&apos;s political-administrative division (DIVIPOLA). Reference data: not editable.</translation>
    </message>
</context>
<context>
    <name>TerritoryPicker</name>
    <message>
        <location filename="../../participa_desktop/ui/territory_picker.py" line="+74"/>
        <source>{name} ({code})</source>
        <extracomment>Catalogues already read, by data file path (reference data never changes while open).</extracomment>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, {department} ({code})</source>
        <translation>{name}, {department} ({code})</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Escriba municipio, departamento o código DANE</source>
        <extracomment>The chosen municipality changed: its id, or None when cleared. Emitted by the user&apos;s choice and by `set_territory_id` alike (only when the value really changes). The catalogue arrived (the picker can show and search names from now on).</extracomment>
        <translation>Type municipality, department or DANE code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escriba parte del nombre (sin importar tildes) o el código DANE; elija con las flechas y Enter. Borre el texto para quitar el municipio.</source>
        <translation>Type part of the name (accents ignored) or the DANE code; choose with the arrows and Enter. Clear the text to remove the municipality.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>UsbPlaces</name>
    <message>
        <location filename="../../participa_desktop/ui/usb_places.py" line="+70"/>
        <source>Elija la memoria USB o la carpeta donde guardar el paquete</source>
        <extracomment>Where Linux desktops and macOS mount removable drives.</extracomment>
        <translation>Choose the USB drive or folder to save the package in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Elija los paquetes que va a recibir</source>
        <translation>Choose the packages to receive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paquetes de Participa+ (*.participa);;Todos los archivos (*)</source>
        <translation>Participa+ packages (*.participa);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Elija la carpeta con los paquetes que va a recibir</source>
        <translation>Choose the folder with the packages to receive</translation>
    </message>
</context>
<context>
    <name>ValueCard</name>
    <message>
        <location filename="../../participa_desktop/ui/review_conflicts.py" line="-259"/>
        <source>Escrito en este equipo («{device}») el {when}.</source>
        <translation>Written on this computer (“{device}”) on {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escrito en este equipo («{device}»).</source>
        <translation>Written on this computer (“{device}”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escrito en el equipo «{device}» el {when}.</source>
        <translation>Written on computer “{device}” on {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escrito en el equipo «{device}».</source>
        <translation>Written on computer “{device}”.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../participa_desktop/ui/vocabulary.py" line="+20"/>
        <source>público</source>
        <translation>public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privado</source>
        <translation>private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sociedad civil</source>
        <translation>civil society</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>academia</source>
        <translation>academia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooperación</source>
        <translation>cooperation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en exploración</source>
        <translation>exploring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activa</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalizada</source>
        <translation>ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>femenino</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>masculino</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no binario</source>
        <translation>non-binary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>otro</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>prefiere no decir</source>
        <translation>prefers not to say</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>ninguna</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>física</source>
        <translation>physical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visual</source>
        <translation>visual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auditiva</source>
        <translation>hearing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intelectual</source>
        <translation>intellectual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>psicosocial</source>
        <translation>psychosocial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>múltiple</source>
        <translation>multiple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planilla firmada</source>
        <translation>signed sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbal</source>
        <translation>verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>presencial</source>
        <translation>in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>híbrida</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asistió</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excusado</source>
        <translation>excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no asistió</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pendiente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en curso</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cumplido</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelado</source>
        <translation>canceled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aprendizaje</source>
        <translation>learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reto</source>
        <translation>challenge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oportunidad</source>
        <translation>opportunity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>persona</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>taller</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>acuerdo</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asistencia</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>organización</source>
        <translation>organization</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+28"/>
        <source>implementación</source>
        <translation>implementation</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>aliado de una implementación</source>
        <translation>implementation ally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alianza</source>
        <translation>alliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nota de conocimiento</source>
        <translation>knowledge note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hito</source>
        <translation>milestone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nombres</source>
        <translation>first names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>primer apellido</source>
        <translation>first surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segundo apellido</source>
        <translation>second surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tipo de documento</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>número de documento</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>género</source>
        <translation>gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fecha de nacimiento</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>año de nacimiento</source>
        <translation>birth year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autoidentificación étnica</source>
        <translation>ethnic self-identification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discapacidad</source>
        <translation>disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teléfono</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correo</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>municipio</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fecha de la autorización</source>
        <translation>consent date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medio de la autorización</source>
        <translation>consent channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versión del aviso de privacidad</source>
        <translation>privacy notice version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nombre del acudiente</source>
        <translation>guardian&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>título</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fecha</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hora de inicio</source>
        <translation>start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hora de cierre</source>
        <translation>end time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lugar</source>
        <translation>place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modalidad</source>
        <translation>modality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitadores</source>
        <translation>facilitators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objetivos</source>
        <translation>objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notas</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>texto</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organización responsable</source>
        <translation>responsible organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persona responsable</source>
        <translation>responsible person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objetivo compartido</source>
        <translation>shared objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>componente</source>
        <translation>component</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fecha límite</source>
        <translation>due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estado</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avance</source>
        <translation>progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hora de llegada</source>
        <translation>arrival time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nombre</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aliada del modelo</source>
        <translation>model ally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fecha de transferencia</source>
        <translation>transfer date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organización líder</source>
        <translation>lead organization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fecha de inicio</source>
        <translation>start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fecha de cierre</source>
        <translation>end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>descripción</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>papel</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>propósito</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tipo</source>
        <translation>type</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../participa_desktop/ui/walk_in_dialog.py" line="+191"/>
        <source>Persona nueva</source>
        <extracomment>Settings: the privacy notice version and consent channel used last.</extracomment>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datos de la persona</source>
        <translation>Person&apos;s details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autorización de datos (Ley 1581 de 2012)</source>
        <translation>Data consent (Ley 1581 de 2012)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nombres:</source>
        <translation>First &amp;names:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primer &amp;apellido:</source>
        <translation>&amp;First surname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segundo apellido:</source>
        <translation>&amp;Second surname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipo de &amp;documento:</source>
        <translation>ID &amp;type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Número de doc&amp;umento:</source>
        <translation>ID n&amp;umber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Género:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fecha o año de na&amp;cimiento:</source>
        <translation>Date or year of &amp;birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organización:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Municipio:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Med&amp;io:</source>
        <translation>Met&amp;hod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fec&amp;ha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versión del aviso:</source>
        <translation>Notice &amp;version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acudiente (menor de &amp;edad):</source>
        <translation>Guardian (if a m&amp;inor):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dd/mm/aaaa o solo el año</source>
        <translation>dd/mm/yyyy or year only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>celular o fijo, 10 dígitos</source>
        <translation>cell or landline, 10 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>madre, padre o acudiente que autoriza</source>
        <translation>parent or guardian giving consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antes de guardar, lea a la persona el aviso de privacidad y pregúntele si autoriza el tratamiento de sus datos.</source>
        <translation>Before saving, read the privacy notice to the person and ask whether they consent to data processing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La persona autori&amp;zó el tratamiento de sus datos</source>
        <translation>The person &amp;consented to data processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registrar y marcar presente</source>
        <translation>&amp;Register and mark present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(sin dato)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(sin documento)</source>
        <translation>(no ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>WorkModePage</name>
    <message>
        <location filename="../../participa_desktop/ui/first_run_work.py" line="-230"/>
        <source>Cómo va a trabajar</source>
        <extracomment>Demo data loaded on request: enough to try every screen, quick on a modest laptop.</extracomment>
        <translation>How you will work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://sincronizacion.ejemplo.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si su coordinador(a) le dio la dirección de un servidor y un código de inscripción, inscriba este equipo para enviar y recibir datos. Si no, trabaje sin conexión: podrá inscribirlo después en la pantalla Sincronización.</source>
        <translation>If your coordinator gave you a server address and an enrollment code, enroll this computer to send and receive data. If not, work offline: you can enroll it later on the Sync screen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inscribir con un servidor</source>
        <translation>&amp;Enroll with a server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dirección del servidor:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Código de inscripción:</source>
        <translation>Enrollment &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>el código que le dio su coordinador(a)</source>
        <translation>the code your coordinator gave you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trabajar &amp;sin conexión por ahora</source>
        <translation>Work &amp;offline for now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usar un archivo de aprovisionamiento…</source>
        <translation>&amp;Use a provisioning file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>El archivo que su organización entrega junto al instalador (participa-aprovisionamiento.json)</source>
        <translation>The file your organisation hands out with the installer (participa-aprovisionamiento.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Este archivo está inscrito en «{server}» para la organización «{org}».</source>
        <translation>This file is enrolled with “{server}” for the organization “{org}”.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No se usó el archivo de aprovisionamiento</source>
        <translation>The provisioning file was not used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivo: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuración de «{org}» (archivo de aprovisionamiento)</source>
        <translation>Settings from “{org}” (provisioning file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La dirección del servidor y el código de inscripción ya están escritos. Revíselos y siga para inscribir este equipo.</source>
        <translation>The server address and the enrolment code are already filled in. Check them and go on to enrol this computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La dirección del servidor ya está escrita. Escriba el código de inscripción que le dio su coordinador(a) y siga.</source>
        <translation>The server address is already filled in. Type the enrolment code your coordinator gave you and go on.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elegir un archivo de aprovisionamiento</source>
        <translation>Choose a provisioning file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archivos de aprovisionamiento (*.json);;Todos los archivos (*)</source>
        <translation>Provisioning files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Escriba la dirección del servidor y el código de inscripción, o elija trabajar sin conexión.</source>
        <translation>Enter the server address and the enrollment code, or choose to work offline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inscribiendo este equipo en el servidor…</source>
        <translation>Enrolling this computer with the server…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Inscripción cancelada. Puede intentarlo de nuevo o trabajar sin conexión por ahora.</source>
        <translation>Enrollment canceled. You can try again or work offline for now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>El código de inscripción del archivo de aprovisionamiento ya se usó, venció o no es válido. Cada código inscribe un solo equipo: si el archivo se repartió a varias personas, pida a su coordinador(a) un código personal, escríbalo en «Código de inscripción» y vuelva a intentarlo.</source>
        <translation>The enrolment code in the provisioning file has been used, has expired or is not valid. Each code enrols one computer only: if the file was handed to several people, ask your coordinator for a personal code, type it in “Enrolment code” and try again.</translation>
    </message>
</context>
<context>
    <name>WorkshopChooser</name>
    <message>
        <location filename="../../participa_desktop/ui/workshop_chooser.py" line="+47"/>
        <source>&amp;Taller:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taller</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>hoy</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} · {title}</source>
        <translation>{when} · {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no hay talleres recientes)</source>
        <translation>(no recent workshops)</translation>
    </message>
</context>
<context>
    <name>WorkshopDocuments</name>
    <message>
        <location filename="../../participa_desktop/ui/workshop_documents.py" line="+171"/>
        <source>Exportar &amp;lista a Excel…</source>
        <extracomment>The settings key of the folder documents were saved in last. How long the status bar keeps the message (ms). (caption, suggested path, name filter) → the path chosen, or None when cancelled. PDFs are drawn one at a time (reports/pdf.py asks it): Qt allows painting a PDF and laying out a QTextDocument on a worker thread when both are made there, as here.</extracomment>
        <translation>Export &amp;list to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprimir &amp;hoja de asistencia…</source>
        <translation>Print attendance &amp;sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprimir &amp;acta de acuerdos…</source>
        <translation>Print &amp;agreements record…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardar la lista de asistencia del taller elegido como libro de Excel (Ctrl+Mayús+E)</source>
        <translation>Save the selected workshop&apos;s attendance list as an Excel workbook (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardar en PDF la hoja de asistencia para firmar, con las personas inscritas (Ctrl+P)</source>
        <translation>Save the attendance sheet for signing as a PDF, with the people signed up (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardar en PDF el acta con los acuerdos del taller y las líneas de firma (Ctrl+Mayús+P)</source>
        <translation>Save the record of the workshop&apos;s agreements, with signature lines, as a PDF (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docum&amp;entos del taller</source>
        <translation>Workshop doc&amp;uments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lista de asistencia en Excel, hoja de asistencia y acta de acuerdos del taller elegido</source>
        <translation>Excel attendance list, attendance sheet and agreements record of the selected workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;brir el archivo</source>
        <translation>Open the fi&amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abr&amp;ir la carpeta</source>
        <translation>&amp;Show in folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cerrar el aviso</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardar la lista de asistencia en Excel</source>
        <translation>Save the attendance list to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardar la hoja de asistencia (PDF)</source>
        <translation>Save the attendance sheet (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardar el acta de acuerdos (PDF)</source>
        <translation>Save the agreements record (PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asistencia</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoja-de-asistencia</source>
        <translation>attendance-sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acta-de-acuerdos</source>
        <translation>agreements-record</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lista de asistencia guardada</source>
        <translation>Attendance list saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 persona</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} personas</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoja de asistencia guardada</source>
        <translation>Attendance sheet saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acta de acuerdos guardada</source>
        <translation>Agreements record saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 página</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} páginas</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» ({what}) en la carpeta {folder}</source>
        <translation>“{name}” ({what}) in the folder {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se guardó {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No se guardó el documento</source>
        <translation>Document not saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no hay permiso para escribir ahí, o el archivo está abierto en otro programa (como Excel). Ciérrelo o elija otra carpeta.</source>
        <translation>there is no permission to write there, or the file is open in another program (such as Excel). Close it or choose another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>la carpeta no existe (¿se retiró la memoria USB?). Elija otra carpeta.</source>
        <translation>the folder does not exist (was the USB drive removed?). Choose another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ya hay una carpeta con ese nombre. Elija otro nombre.</source>
        <translation>there is already a folder with that name. Choose another name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no queda espacio en el disco. Libere espacio o elija otra carpeta.</source>
        <translation>there is no space left on the disk. Free up space or choose another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No se pudo guardar «{name}» en {folder}: {reason} Si ya había un archivo con ese nombre, quedó como estaba.</source>
        <translation>Could not save “{name}” in {folder}: {reason} If there was already a file with that name, it was left as it was.</translation>
    </message>
</context>
<context>
    <name>WorkshopFilterBar</name>
    <message>
        <location filename="../../participa_desktop/ui/workshop_filters.py" line="+103"/>
        <source>I&amp;mplementación:</source>
        <extracomment>Where the filters are remembered (Settings keys).</extracomment>
        <translation>&amp;Implementation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Componente:</source>
        <translation>&amp;Component:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;unicipio:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;odalidad:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desde:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hasta:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lim&amp;piar filtros</source>
        <translation>Clea&amp;r filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Todos</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../participa_desktop/ui/workshop_form.py" line="+178"/>
        <source>Nuevo taller</source>
        <extracomment>The workshop&apos;s own fields, in the form&apos;s order (components are apart). The lists and the workshop arrived: the form can be filled in.</extracomment>
        <translation>New workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editar taller</source>
        <translation>Edit workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Título:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mplementación:</source>
        <translation>I&amp;mplementation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hora de &amp;inicio:</source>
        <translation>Start t&amp;ime:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hora de ci&amp;erre:</source>
        <translation>&amp;End time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lugar:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;unicipio:</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;odalidad:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;cilitadores:</source>
        <translation>Fa&amp;cilitators:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;ponentes:</source>
        <translation>Com&amp;ponents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bjetivos:</source>
        <translation>O&amp;bjectives:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notas:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>por ejemplo: Escuela de liderazgo, sesión 3</source>
        <translation>e.g. Leadership school, session 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>salón comunal, colegio, enlace…</source>
        <translation>community hall, school, link…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nombres, separados por comas</source>
        <translation>names, separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(implementación eliminada)</source>
        <translation>(deleted implementation)</translation>
    </message>
</context>
<context>
    <name>WorkshopsScreen</name>
    <message>
        <location filename="../../participa_desktop/ui/workshops_screen.py" line="+142"/>
        <source>Fecha</source>
        <extracomment>Tables whose changes this screen shows. The open workshop form, if any (None once it closes).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taller</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementación</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modalidad</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Componentes</source>
        <translation>Components</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asistentes</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Talleres</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Nuevo taller</source>
        <translation>&amp;New workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edita&amp;r</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tomar asistencia</source>
        <translation>Take &amp;attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;liminar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crear un taller (Ctrl+N)</source>
        <translation>Create a workshop (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editar el taller elegido (Enter o doble clic)</source>
        <translation>Edit the selected workshop (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomar la asistencia del taller elegido (Ctrl+T)</source>
        <translation>Take attendance for the selected workshop (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eliminar el taller elegido (Supr)</source>
        <translation>Delete the selected workshop (Del)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cargando talleres…</source>
        <translation>Loading workshops…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Todavía no hay talleres: cree el primero con «Nuevo taller» (Ctrl+N).</source>
        <translation>No workshops yet: create the first one with “New workshop” (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ningún taller coincide con los filtros.</source>
        <translation>No workshop matches the filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 taller</source>
        <translation>1 workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} talleres</source>
        <translation>{count} workshops</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Eliminar taller</source>
        <translation>Delete workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¿Eliminar el taller «{title}» del {date}?</source>
        <translation>Delete the workshop “{title}” on {date}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>¿Eliminar el taller elegido?</source>
        <translation>Delete the selected workshop?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>También se eliminan su asistencia y sus componentes. Esto no se puede deshacer.</source>
        <translation>Its attendance and components are deleted too. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Eliminar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No eliminar</source>
        <translation>Do&amp;n&apos;t delete</translation>
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <location filename="../../participa_desktop/ui/undo.py" line="+98"/>
        <source>No se pudo rehacer «{action}»: los datos quedan como estaban.</source>
        <extracomment>What a command writes: runs on a worker, inside one unit of work. A core update function: (session, record id, what to write) -&gt; record.</extracomment>
        <translation>Could not redo “{action}”: the data stays as it was.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No se pudo deshacer «{action}»: los datos quedan como estaban.</source>
        <translation>Could not undo “{action}”: the data stays as it was.</translation>
    </message>
</context>
</TS>
