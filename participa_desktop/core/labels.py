"""Spanish words for the codes stored in the database (sector, status, modality…)."""

SECTOR = {
    "public": "público",
    "private": "privado",
    "civil_society": "sociedad civil",
    "academia": "academia",
    "cooperation": "cooperación",
}
ALLIANCE_STATUS = {"exploring": "en exploración", "active": "activa", "ended": "finalizada"}
GENDER = {
    "female": "femenino",
    "male": "masculino",
    "non_binary": "no binario",
    "other": "otro",
    "undisclosed": "prefiere no decir",
}
DISABILITY = {
    "none": "ninguna",
    "physical": "física",
    "visual": "visual",
    "hearing": "auditiva",
    "intellectual": "intelectual",
    "psychosocial": "psicosocial",
    "multiple": "múltiple",
    "undisclosed": "prefiere no decir",
}
CONSENT_CHANNEL = {"signed_paper": "planilla firmada", "verbal": "verbal", "digital": "digital"}
MODALITY = {"in_person": "presencial", "virtual": "virtual", "hybrid": "híbrida"}
ATTENDANCE_STATUS = {"present": "asistió", "excused": "excusado", "absent": "no asistió"}
AGREEMENT_STATUS = {
    "pending": "pendiente",
    "in_progress": "en curso",
    "done": "cumplido",
    "cancelled": "cancelado",
}
KNOWLEDGE_KIND = {"learning": "aprendizaje", "challenge": "reto", "opportunity": "oportunidad"}
