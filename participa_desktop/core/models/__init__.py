"""The Participa+ domain model (SQLAlchemy 2, typed). Import models from here."""

from .agreements import (
    AGREEMENT_STATUSES,
    KNOWLEDGE_KINDS,
    Agreement,
    FollowUp,
    KnowledgeNote,
    Milestone,
)
from .base import Base, Replicated
from .local import AppMeta, LocalState
from .organizations import (
    ALLIANCE_STATUSES,
    SECTORS,
    Alliance,
    Implementation,
    ImplementationAlly,
    Organization,
)
from .people import CONSENT_CHANNELS, DISABILITIES, GENDERS, Participant
from .reference import Component, DocumentType, EthnicGroup, Territory
from .replication import ArchivedValue, DuplicateLink, SyncPackage, SyncPeer
from .workshops import ATTENDANCE_STATUSES, MODALITIES, Attendance, Workshop, WorkshopComponent

#: Every replicated model, parents before children (the order rows are inserted in).
REPLICATED_MODELS: tuple[type[Replicated], ...] = (
    Organization,
    Implementation,
    ImplementationAlly,
    Alliance,
    Participant,
    Workshop,
    WorkshopComponent,
    Attendance,
    Agreement,
    FollowUp,
    KnowledgeNote,
    Milestone,
    DuplicateLink,
)

REFERENCE_MODELS = (Component, DocumentType, EthnicGroup, Territory)

__all__ = [
    "AGREEMENT_STATUSES",
    "ALLIANCE_STATUSES",
    "ATTENDANCE_STATUSES",
    "CONSENT_CHANNELS",
    "DISABILITIES",
    "GENDERS",
    "KNOWLEDGE_KINDS",
    "MODALITIES",
    "REFERENCE_MODELS",
    "REPLICATED_MODELS",
    "SECTORS",
    "Agreement",
    "Alliance",
    "AppMeta",
    "ArchivedValue",
    "Attendance",
    "Base",
    "Component",
    "DocumentType",
    "DuplicateLink",
    "EthnicGroup",
    "FollowUp",
    "Implementation",
    "ImplementationAlly",
    "KnowledgeNote",
    "LocalState",
    "Milestone",
    "Organization",
    "Participant",
    "Replicated",
    "SyncPackage",
    "SyncPeer",
    "Territory",
    "Workshop",
    "WorkshopComponent",
]
