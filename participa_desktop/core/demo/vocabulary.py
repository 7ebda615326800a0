"""Realistic Colombian vocabulary (names, organisations, places, texts) for the demo generator.

Pure data: module-level tuples and dicts of str, no randomness; the generator picks from them.
"""

# Several short items per line keep this data module compact; the formatter leaves it alone.
# fmt: off

# --- People -------------------------------------------------------------------------------------

FEMALE_GIVEN_NAMES: tuple[str, ...] = (
    "María José", "María Fernanda", "María Camila", "María Alejandra", "María Isabel",
    "María del Carmen", "Ana María", "Luz Dary", "Luz Marina", "Luz Mery", "Luz Adriana",
    "Yésica", "Yolanda", "Maryury", "Leidy Johana", "Leidy", "Yuliana", "Yurani", "Yamileth",
    "Yesenia", "Yohana", "Jenny", "Deisy", "Lizeth", "Yulieth", "Katherine", "Ximena",
    "Valentina", "Daniela", "Sofía", "Camila", "Isabella", "Mariana", "Gabriela", "Laura",
    "Natalia", "Paola", "Carolina", "Diana Marcela", "Sandra Milena", "Claudia Patricia",
    "Martha Cecilia", "Gloria Inés", "Rosa Elena", "Ana Lucía", "Beatriz", "Fanny", "Esperanza",
    "Mercedes", "Nubia", "Ruby", "Amparo", "Marleny", "Ludivia", "Eneida", "Nelly", "Olga Lucía",
    "Piedad", "Dora Alicia", "Stella", "Francia Elena", "Emperatriz", "Lucelly", "Zulma",
    "Angélica", "Mónica", "Verónica", "Jazmín", "Viviana", "Tatiana", "Lorena", "Alejandra",
    "Xiomara", "Dayana", "Karen Lorena", "Melissa", "Mileidy", "Yineth", "Darly", "Nidia",
    "Ingrid Johana", "Erika Tatiana",
)

MALE_GIVEN_NAMES: tuple[str, ...] = (
    "Jhon Jairo", "Jhon Fredy", "Jhon", "Jhonatan", "Jhoan Sebastián", "Andrés Felipe", "Andrés",
    "Óscar", "Óscar Iván", "Sebastián", "Juan Sebastián", "Juan David", "Juan Camilo",
    "Juan Carlos", "Juan Pablo", "José Luis", "José Antonio", "Luis Alberto", "Luis Fernando",
    "Carlos Alberto", "Carlos Andrés", "Jorge Eliécer", "Jesús Antonio", "Víctor Hugo", "Héctor",
    "Hernán", "Fabián", "Julián", "Martín", "Nicolás", "Samuel", "Santiago", "Matías", "Tomás",
    "Yeison", "Stiven", "Brayan", "Jefferson", "Wilmer", "Wilson", "Edwin", "Harold", "Jairo",
    "Fredy", "Diego Fernando", "Diego Alejandro", "Álvaro", "Alexánder", "Arley", "Duván",
    "Yamid", "Yesid", "Eider", "Libardo", "Nelson", "Orlando", "Rubén Darío", "Ramiro",
    "Gustavo Adolfo", "Germán", "Rodrigo", "Edinson", "Anderson", "Deiby", "Elkin", "Kevin",
    "Cristian Camilo", "Miguel Ángel", "Jaime Andrés", "Franklin", "Francisco Javier", "Leonel",
    "Ferney", "Robinson", "Ulises", "Aristides", "Benigno", "Teófilo", "Heriberto", "Eusebio",
)

SURNAMES: tuple[str, ...] = (
    # Afro-Colombian Pacific surnames (Buenaventura, Chocó, Cauca and Nariño coast)
    "Angulo", "Caicedo", "Valencia", "Riascos", "Mosquera", "Cuero", "Hurtado", "Rentería",
    "Micolta", "Castillo", "Obregón", "Córdoba", "Palacios", "Asprilla", "Ibargüen", "Perea",
    "Murillo", "Cuesta", "Quiñones", "Cortés", "Sinisterra", "Banguera", "Saa", "Arboleda",
    "Lucumí", "Mina", "Carabalí", "Viáfara", "Balanta", "Garcés", "Montaño", "Solís", "Estupiñán",
    "Bonilla", "Olaya", "Preciado", "Rodallega", "Grueso", "Hinestroza", "Moreno", "Lozano",
    "Mena", "Cuama", "Torres", "Orobio", "Chaverra", "Panameño", "Angola", "Chalá",
    "Ocoró", "Aponzá", "Possú", "Landázuri", "Rivas", "Zapata", "Cundumí", "Popó",
    # Common Colombian surnames
    "Gómez", "Rodríguez", "Martínez", "Sánchez", "Muñoz", "Peña", "Núñez", "González",
    "García", "López", "Hernández", "Pérez", "Díaz", "Ramírez", "Jiménez", "Gutiérrez",
    "Álvarez", "Vásquez", "Velásquez", "Romero", "Rojas", "Castro", "Ortiz", "Ospina", "Giraldo",
    "Cardona", "Restrepo", "Osorio", "Arango", "Marín", "Montoya", "Quintero", "Herrera",
    "Medina", "Aguirre", "Salazar", "Ríos", "Vargas", "Suárez", "Guerrero", "Cárdenas",
    "Mejía", "Zuluaga", "Londoño", "Duque", "Betancourt", "Cifuentes", "Escobar", "Franco",
    "Benítez", "Bermúdez", "Figueroa", "Camacho", "Mondragón", "Sandoval", "Fernández",
    "Ruiz", "Molina", "Parra", "Acosta", "Rincón", "Chávez", "Delgado", "Becerra", "Tello",
    "Correa", "Arias", "Sepúlveda", "Trujillo", "Vallejo", "Lasso", "Ordóñez", "Agudelo",
    "Bolaños", "Cabrera", "Campo", "Erazo", "Guzmán", "Narváez", "Paz", "Realpe",
    "Zamora", "Calero", "Lemos", "Satizábal", "Victoria", "Holguín", "Bedoya",
    "Echeverry", "Patiño", "Naranjo", "Cuéllar", "Ocampo",
)

# Plausible field-registration spelling differences, used to make "duplicate" people for the
# deduplication demo. In each pair, ``a`` occurs as a whole word in the name lists above and
# ``b`` is how a hurried registrar (or the person themself, on another day) might write it.
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = (
    ("Yésica", "Jessica"), ("Jhon", "John"), ("Ibargüen", "Ibarguen"), ("Núñez", "Nuñez"),
    ("Yeison", "Jeison"), ("Stiven", "Steven"), ("Leidy", "Leydi"), ("Rentería", "Renteria"),
    ("Sebastián", "Sebastian"), ("María", "Maria"), ("Andrés", "Andres"), ("Óscar", "Oscar"),
    ("Jefferson", "Yeferson"), ("Yohana", "Johana"), ("Yurani", "Yurany"),
    ("Maryury", "Mariury"), ("Yamileth", "Yamilet"), ("Katherine", "Kateryn"),
    ("Brayan", "Bryan"), ("Wilmer", "Wilmar"), ("Jhonatan", "Jonathan"), ("Lizeth", "Lisseth"),
    ("Yulieth", "Julieth"), ("González", "Gonzales"), ("Vásquez", "Vasquez"),
    ("Velásquez", "Velasquez"), ("Ximena", "Jimena"), ("Yesenia", "Yessenia"),
    ("Hinestroza", "Hinestrosa"), ("Quiñones", "Quiñonez"), ("Luz Dary", "Luzdary"),
)

FACILITATORS: tuple[str, ...] = (
    "Ángela María Riascos Valencia", "Jhon Fredy Mosquera Palacios", "Paola Andrea Caicedo Cuero",
    "Carlos Andrés Gómez Restrepo", "Luz Marina Angulo Hurtado", "Diego Fernando Sinisterra Mina",
    "Natalia Ospina Cárdenas", "Yolanda Micolta Obregón", "Julián Camilo Rentería Asprilla",
    "Sandra Milena Castillo Lucumí", "Felipe Arango Muñoz",
)

EMAIL_DOMAINS: tuple[str, ...] = ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com")

# Colombian mobile numbers are 10 digits starting with one of these operator prefixes.
MOBILE_PREFIXES: tuple[str, ...] = (*(str(n) for n in range(300, 324)), "350", "351")

# --- Organisations and implementations ----------------------------------------------------------

# (name, sector, is_model_ally); sector is one of models.organizations.SECTORS.
# The first eight are the allies that received the transfer of the model (seed text; the seed
# spells "Smurffit", the foundation's own spelling is "Smurfit").
ORGANIZATIONS: tuple[tuple[str, str, bool], ...] = (
    ("Fundación Carvajal", "civil_society", True),
    ("Fundación Smurfit Kappa", "civil_society", True),
    ("Origen", "civil_society", True),
    ("Extituto", "civil_society", True),
    ("Movilizadorio", "civil_society", True),
    ("Instituto Holandés para la Democracia Multipartidaria", "cooperation", True),
    ("Diseño Público", "civil_society", True),
    ("Escuela de Gobierno de la Universidad de los Andes", "academia", True),
    # Public actors
    ("Alcaldía Distrital de Buenaventura", "public", False),
    ("Alcaldía de Yumbo", "public", False),
    ("Gobernación del Valle del Cauca", "public", False),
    ("Concejo Distrital de Buenaventura", "public", False),
    ("Personería Municipal de Yumbo", "public", False),
    ("Alcaldía de Jamundí", "public", False),
    # Private actors
    ("Sociedad Portuaria Regional de Buenaventura", "private", False),
    ("Cámara de Comercio de Buenaventura", "private", False),
    ("Asociación de Empresarios de Yumbo", "private", False),
    ("Cámara de Comercio de Cali", "private", False),
    ("Caja de Compensación Familiar del Valle del Cauca", "private", False),
    # Academia and cooperation (not model allies)
    ("Universidad del Pacífico", "academia", False),
    ("Centro de Liderazgo Público de la Universidad de los Andes", "academia", False),
    # Community organisations
    ("Junta de Acción Comunal barrio La Independencia", "civil_society", False),
    ("Junta de Acción Comunal barrio Juan XXIII", "civil_society", False),
    ("Junta de Acción Comunal barrio Pueblo Nuevo", "civil_society", False),
    ("Junta de Acción Comunal barrio Bellavista (Yumbo)", "civil_society", False),
    ("Junta de Acción Comunal barrio Las Américas (Yumbo)", "civil_society", False),
    ("Consejo Comunitario de la Cuenca del Río Naya", "civil_society", False),
    ("Consejo Comunitario de la Cuenca del Río Cajambre", "civil_society", False),
    ("Consejo Comunitario de la Cuenca del Río Raposo", "civil_society", False),
    ("Plataforma Distrital de Juventudes de Buenaventura", "civil_society", False),
    ("Plataforma Municipal de Juventudes de Yumbo", "civil_society", False),
    ("Colectivo de Mujeres Tejiendo Territorio", "civil_society", False),
    ("Red de Mujeres Afrodescendientes del Pacífico", "civil_society", False),
    ("Mesa Distrital de Participación Efectiva de Víctimas de Buenaventura", "civil_society",
     False),
    ("Colectivo Juvenil Marea Cultural", "civil_society", False),
    ("Asociación de Pescadores Artesanales de Bajamar", "civil_society", False),
    ("Veeduría Ciudadana de Servicios Públicos de Yumbo", "civil_society", False),
)

# (name, dane_code, description). Buenaventura and Yumbo are the program's real implementations;
# Jamundí and Tumaco are plausible demo ones.
IMPLEMENTATIONS: tuple[tuple[str, str, str], ...] = (
    ("Activa Buenaventura", "76109",
     "Implementación territorial del modelo Participa+ en el Distrito de Buenaventura: "
     "fortalece liderazgos orientados a lo público, agendas de incidencia de organizaciones "
     "comunitarias y consejos comunitarios, y ejercicios de gobierno abierto con el Distrito."),
    ("Participa+ Yumbo", "76892",
     "Implementación territorial en Yumbo que articula juntas de acción comunal, jóvenes, "
     "empresas del sector industrial y la Alcaldía en torno a objetivos compartidos de "
     "transparencia, control social y mejoramiento de barrios."),
    ("Participa+ Jamundí", "76364",
     "Implementación en la zona urbana y los corregimientos de Jamundí, centrada en la "
     "incidencia de organizaciones de mujeres y jóvenes en el plan de desarrollo municipal."),
    ("Participa+ Tumaco", "52835",
     "Implementación con consejos comunitarios y organizaciones juveniles de San Andrés de "
     "Tumaco para fortalecer el diálogo con la institucionalidad pública y el control social."),
)

# dane_code -> venues and barrios where workshops take place.
PLACES: dict[str, tuple[str, ...]] = {
    "76109": (
        "Casa de la Cultura de Buenaventura", "Biblioteca Pública Municipal",
        "Salón comunal barrio La Independencia", "Institución Educativa Pascual de Andagoya",
        "Comuna 12 – sede JAC", "Salón comunal barrio Juan XXIII",
        "Universidad del Pacífico – auditorio", "Cámara de Comercio de Buenaventura – salón",
        "Institución Educativa Teófilo Roberto Potes", "Salón comunal barrio Pueblo Nuevo",
        "Caseta comunal barrio Bellavista", "Malecón Bahía de la Cruz – carpa",
    ),
    "76892": (
        "Casa de la Cultura de Yumbo", "Biblioteca Pública Municipal de Yumbo",
        "Salón comunal barrio Bellavista", "Salón comunal barrio Las Américas",
        "Salón comunal barrio Belalcázar", "Institución Educativa José Antonio Galán",
        "Concejo Municipal – recinto", "Caseta comunal corregimiento de Dapa",
        "Caseta comunal corregimiento de Mulaló", "Salón comunal barrio Puerto Isaacs",
        "Centro de Desarrollo Comunitario barrio Uribe Uribe",
    ),
    "76364": (
        "Casa de la Cultura de Jamundí", "Biblioteca Pública Municipal de Jamundí",
        "Salón comunal barrio Centro", "Salón comunal barrio Terranova",
        "Caseta comunal corregimiento de Robles", "Caseta comunal corregimiento de Timba",
        "Caseta comunal corregimiento de Potrerito", "Caseta comunal corregimiento de Ampudia",
        "Institución Educativa del corregimiento de Villacolombia",
    ),
    "52835": (
        "Casa de la Cultura de Tumaco", "Biblioteca Pública Municipal de Tumaco",
        "Universidad de Nariño – sede Tumaco", "Salón comunal barrio Viento Libre",
        "Salón comunal barrio Panamá", "Salón comunal barrio Nuevo Milenio",
        "Caseta comunal isla El Morro", "Sede del consejo comunitario – vereda del río Mira",
        "Institución Educativa del barrio La Ciudadela",
    ),
}

# --- Workshops ----------------------------------------------------------------------------------

WORKSHOP_TITLES: dict[str, tuple[str, ...]] = {
    "liderazgo": (
        "Liderazgo orientado a lo público: módulo 1", "Liderazgo orientado a lo público: módulo 2",
        "Liderazgo orientado a lo público: módulo 3", "Lo público es de todos: valores y ética",
        "Liderazgo colectivo y trabajo en red", "Comunicación asertiva para líderes comunitarios",
        "Resolución de conflictos y construcción de acuerdos",
        "Liderazgo de mujeres en la vida comunal", "Jóvenes que lideran su territorio",
        "Autocuidado y protección de liderazgos sociales", "Identidad y territorio en el Pacífico",
        "Escuela de liderazgo: sesión de cierre y proyectos",
    ),
    "incidencia": (
        "Mapa de actores y agenda de incidencia", "Cómo funciona el Estado local",
        "Derecho de petición y mecanismos de participación", "Incidencia en el plan de desarrollo",
        "Construcción de la agenda ciudadana del barrio", "Del problema a la propuesta",
        "Diálogo con el Concejo: cabildo abierto y audiencias", "Alianzas con el sector privado",
        "Comunicación para la incidencia y redes sociales", "Seguimiento a compromisos públicos",
        "Incidencia en presupuestos participativos", "Validación de la agenda con la comunidad",
    ),
    "gobierno_abierto": (
        "Presupuestos participativos y control social", "Datos abiertos para la veeduría ciudadana",
        "Rendición de cuentas: cómo preparar preguntas", "Transparencia y acceso a la información",
        "Veedurías ciudadanas: conformación y funciones", "Lectura ciudadana del presupuesto",
        "Contratación pública: cómo consultar el SECOP", "Laboratorio de innovación pública",
        "Cocreación de compromisos de gobierno abierto", "Tableros de seguimiento a la gestión",
        "Control social a obras públicas del barrio", "Mesa de diálogo con la Administración",
    ),
}

OBJECTIVES: dict[str, tuple[str, ...]] = {
    "liderazgo": (
        "Reconocer las competencias de un liderazgo orientado a lo público.",
        "Fortalecer la capacidad de los participantes para construir objetivos compartidos.",
        "Identificar prácticas de liderazgo colectivo presentes en la comunidad.",
        "Promover el relevo generacional en las organizaciones comunitarias.",
        "Reflexionar sobre la ética y el cuidado de lo público en el territorio.",
        "Diseñar un proyecto de liderazgo con impacto en el barrio o la vereda.",
    ),
    "incidencia": (
        "Elaborar un mapa de actores públicos, privados y comunitarios del territorio.",
        "Priorizar las problemáticas que harán parte de la agenda de incidencia.",
        "Conocer los mecanismos de participación ciudadana y cómo usarlos.",
        "Formular propuestas concretas para el plan de desarrollo local.",
        "Definir una estrategia de comunicación para la agenda ciudadana.",
        "Acordar responsables y fechas para las acciones de incidencia.",
    ),
    "gobierno_abierto": (
        "Comprender los principios de transparencia, participación y colaboración.",
        "Aprender a consultar y usar datos abiertos de la Administración local.",
        "Preparar la participación ciudadana en la audiencia de rendición de cuentas.",
        "Conformar una veeduría ciudadana para el seguimiento de una obra pública.",
        "Cocrear compromisos de gobierno abierto con funcionarios de la Alcaldía.",
        "Hacer seguimiento a la ejecución del presupuesto participativo.",
    ),
}

# --- Agreements and follow-ups ------------------------------------------------------------------

AGREEMENT_TEXTS: tuple[str, ...] = (
    "Radicar derecho de petición ante la Secretaría de Infraestructura sobre el alumbrado del "
    "barrio",
    "Convocar a la mesa de jóvenes para la validación de la agenda",
    "Solicitar a la Alcaldía la información del presupuesto participativo de la comuna",
    "Presentar la agenda ciudadana en la sesión del Concejo",
    "Conformar la veeduría ciudadana para la obra del acueducto",
    "Realizar un recorrido barrial para identificar puntos críticos de basuras",
    "Consolidar el mapa de actores del territorio y compartirlo con el grupo",
    "Organizar un cabildo abierto sobre la movilidad en el sector",
    "Preparar tres preguntas para la audiencia de rendición de cuentas",
    "Gestionar con la empresa aliada el apoyo logístico para la feria comunitaria",
    "Socializar los resultados del taller en la asamblea de la Junta de Acción Comunal",
    "Solicitar mesa de trabajo con la Secretaría de Educación sobre el transporte escolar",
    "Consultar en el SECOP los contratos de mantenimiento vial del último año",
    "Elaborar un boletín con los avances de la agenda de incidencia",
    "Invitar a la Personería a la próxima sesión de seguimiento",
    "Actualizar el directorio de organizaciones comunitarias del barrio",
    "Presentar la propuesta de parque infantil en el encuentro de presupuesto participativo",
    "Documentar con fotografías el estado del puente peatonal",
    "Acompañar a las mujeres del colectivo en la inscripción al consejo territorial de "
    "planeación",
    "Coordinar con la Policía y la JAC una jornada de convivencia",
    "Solicitar a la empresa de servicios públicos el cronograma de cortes de agua",
    "Diseñar la pieza de convocatoria para la jornada de limpieza de la playa",
    "Realizar una encuesta a las familias sobre la prioridad de las obras",
    "Remitir el acta del taller a todas las organizaciones participantes",
    "Gestionar un espacio en la emisora comunitaria para difundir la agenda",
    "Hacer seguimiento a la respuesta del derecho de petición radicado",
    "Proponer al consejo comunitario un protocolo de diálogo con las empresas del puerto",
    "Construir el tablero de seguimiento a los compromisos de la Alcaldía",
    "Convocar a los jóvenes a la elección del Consejo Municipal de Juventud",
    "Preparar la sesión de intercambio de experiencias entre Buenaventura y Yumbo",
    "Presentar a la Gobernación la propuesta de formación en liderazgo para jóvenes",
)

RESPONSIBLE_PEOPLE_ROLES: tuple[str, ...] = (
    "Presidenta de la JAC", "Presidente de la JAC", "Coordinador de la mesa de jóvenes",
    "Representante legal del consejo comunitario", "Secretaria de la JAC",
    "Lideresa del colectivo de mujeres", "Coordinadora de la veeduría ciudadana",
    "Fiscal de la JAC", "Delegado de la plataforma de juventudes", "Enlace de la Alcaldía",
    "Facilitadora del equipo Participa+", "Referente de responsabilidad social de la empresa",
)

FOLLOW_UP_TEXTS: tuple[str, ...] = (
    "Se radicó el derecho de petición; se espera respuesta en 15 días hábiles.",
    "La Secretaría respondió y programó una visita técnica al barrio.",
    "Se reprogramó la reunión por falta de quórum.",
    "Se realizó la reunión con buena asistencia; se anexa el acta.",
    "La Alcaldía entregó la información solicitada de manera parcial.",
    "Pendiente confirmar la fecha con el enlace de la Administración.",
    "Se conformó la veeduría con siete integrantes.",
    "La empresa aliada confirmó el apoyo logístico.",
    "No hubo avance este mes por el paro en el sector.",
    "Se socializó el avance en la asamblea de la JAC.",
    "Se envió recordatorio a los responsables por WhatsApp.",
    "El Concejo incluyó el tema en el orden del día de la próxima sesión.",
    "Se cumplió el compromiso; se cierra el acuerdo.",
    "El compromiso se cancela por cambio de prioridades de la comunidad.",
    "Se solicitó prórroga de un mes para completar la encuesta.",
    "La sesión se hizo de forma virtual por las lluvias.",
    "Se publicaron los resultados en la emisora comunitaria.",
    "La Personería acompañó la sesión de seguimiento.",
    "Se avanzó en el 50 % de las encuestas previstas.",
    "Se vincularon dos nuevas organizaciones juveniles al proceso.",
)

# --- Knowledge management -----------------------------------------------------------------------

KNOWLEDGE_NOTES: dict[str, tuple[str, ...]] = {
    "learning": (
        "El acompañamiento virtual a Buenaventura y Yumbo permitió mantener el proceso activo, "
        "aunque exigió sesiones más cortas y materiales previos.",
        "Trabajar sobre objetivos compartidos facilitó el diálogo entre comunidad, empresa y "
        "Administración.",
        "Los acuerdos con responsable y fecha concreta tienen mayor cumplimiento.",
        "La participación de los jóvenes aumenta cuando ellos mismos diseñan la convocatoria.",
        "Las juntas de acción comunal son la puerta de entrada más efectiva a los barrios.",
        "Documentar cada sesión facilitó la gestión del conocimiento de la implementación.",
        "Combinar los tres componentes en un mismo ciclo fortalece los resultados.",
        "El trabajo con los consejos comunitarios requiere respetar sus tiempos y formas de "
        "decisión propias.",
    ),
    "challenge": (
        "La conectividad limitada en zona rural dificulta las sesiones virtuales.",
        "La rotación de funcionarios en la Alcaldía retrasa el seguimiento de los compromisos.",
        "La desconfianza hacia las instituciones públicas desincentiva la participación.",
        "Las condiciones de seguridad limitan algunos encuentros presenciales.",
        "Sostener la participación de las mujeres exige resolver el cuidado de niñas y niños.",
        "Los tiempos de respuesta a los derechos de petición superan los plazos legales.",
        "Falta un marco común de competencias de liderazgo orientado a lo público.",
        "Consolidar los aprendizajes de Activa Buenaventura tras la pausa del proceso.",
    ),
    "opportunity": (
        "Desarrollar con la Escuela de Gobierno y el Centro de Liderazgo Público de la "
        "Universidad de los Andes un marco conceptual y de competencias de liderazgo.",
        "Los aliados que recibieron el modelo pueden replicarlo en nuevos territorios.",
        "Las alianzas con el sector privado pueden apoyar el despliegue territorial de las "
        "herramientas.",
        "La formulación del nuevo plan de desarrollo abre un espacio para la incidencia.",
        "Las plataformas de juventudes pueden liderar los ejercicios de control social.",
        "Los datos abiertos de la Alcaldía permiten tableros ciudadanos de seguimiento.",
        "Reactivar la gestión del conocimiento de Activa Buenaventura para fortalecer el modelo.",
        "El intercambio entre Buenaventura y Yumbo puede acelerar el aprendizaje entre pares.",
    ),
}

MILESTONES: tuple[str, ...] = (
    "Se abrieron conversaciones con la Escuela de Gobierno y el Centro de Liderazgo Público de "
    "la Universidad de los Andes para desarrollar un marco conceptual y de competencias de "
    "liderazgo orientado a lo público, que fortalecerá el eje de liderazgo del modelo y sus "
    "implementaciones.",
    "Se reinició la conversación sobre la gestión del conocimiento de la implementación "
    "territorial de Activa Buenaventura, para consolidar sus aprendizajes, retos y "
    "oportunidades y fortalecer con ellos el modelo.",
    "Las sesiones de acompañamiento y fortalecimiento del modelo a las implementaciones "
    "territoriales de Buenaventura y Yumbo se realizaron por medios virtuales.",
    "Se transfirió el Modelo de Involucramiento Ciudadano y sus componentes a 8 aliados para su "
    "replicabilidad y escalabilidad.",
    "Se consolidaron 10 alianzas con actores públicos (5) y privados (5) para el despliegue "
    "territorial de las herramientas.",
    "Se presentó la agenda ciudadana ante el Concejo y quedó incluida en su orden del día.",
    "Se conformó la primera veeduría ciudadana acompañada por la implementación.",
    "Se graduó la primera cohorte de la escuela de liderazgo orientado a lo público.",
)

# fmt: on
