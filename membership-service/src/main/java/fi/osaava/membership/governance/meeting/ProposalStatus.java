package fi.osaava.membership.governance.meeting;

public enum ProposalStatus {
    PROPOSED, ACCEPTED, DECLINED
}
