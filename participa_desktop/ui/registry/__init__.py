"""The registry and catalogue screens: people (with their consent), organisations and
their alliances, implementations (allies, knowledge notes, milestones) and the DIVIPOLA
municipalities. One module per screen or dialog; `record_list`, `record_dialog` and
`edit_command` are the parts they share."""
