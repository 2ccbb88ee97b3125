// Generated from Data/register.csv by scripts/embed-register.sh (make embed); do not edit.

/// The default register, Data/register.csv byte for byte.
public let embeddedRegisterCSV = #"""
kind,ref,name,wg,subgroups,status,blocker,sg,review,dag
BP,MHHSP-BP001,Change of Supplier,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
BP,MHHSP-BP002,Change of Agent - Metering Service,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
BP,MHHSP-BP003,Change of Agent - Data Service,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
BP,MHHSP-BP004,Data Collection,BPRWG,Smart;Advanced;Unmetered,Sub-Group Review,,Feb-22,Mar-22,Apr-22
BP,MHHSP-BP005,Data Processing,BPRWG,Smart;Advanced;UMS,Sub-Group Review,,Feb-22,Mar-22,Apr-22
BP,MHHSP-BP006,New Connection,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP007,Disconnection,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP008,Change of Energisation Status,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP009,Change of Meter,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP010,Change of Registation Data - Address,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP010,Change of Registation Data - HH Data Consent,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP010,Change of Registration Data - Domestic Indicator,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP010,Change of Registration Data - Loss ID Factor,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP010,Change of Registration Data - Other Misc.,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP011,Change of Market Segment,BPRWG,Registration,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP013,Demand Control Events,BPRWG,TBC,First Draft Not Complete,,Mar-22,Apr-22,May-22
BP,MHHSP-BP014,Behind the Boundry Point Metering Process,BPRWG,TBC,First Draft Not Complete,,TBC,TBC,TBC
BP,MHHSP-BP015,Meter Faults,BPRWG,TBC,First Draft Not Complete,,TBC,TBC,TBC
BP,MHHSP-BP016,Settlement Queries/Disputes,BPRWG,TBC,First Draft Not Complete,,TBC,TBC,TBC
BP,MHHSP-BP017,Network Charging,BPRWG,TBC,First Draft Not Complete,,TBC,TBC,TBC
BP,MHHSP-BP018,Load Shaping Service (ECS),BPRWG,Elexon Central Systems;Smart,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP019,Marketwide Data Service (ECS),BPRWG,Elexon Central Systems,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BP,MHHSP-BP020,VAS Processes,BPRWG,Elexon Central Systems,Sub-Group Review,,Feb-22,Mar-22,Apr-22
BP,MHHSP-BP021,ISD,BPRWG,Elexon Central Systems,Sub-Group Review,,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-001,Metering Service Appointment,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-002,Metering Service De-Appointment,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-003,Registration Updates to Metering Service,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-004,Metering Service Appointment Outcome,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-005,Metering Service Updates to Registration,BPRWG,Registration,Blocked,Interface Approach,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-006,Data Service Appointment,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-007,Data Service De-Appointment,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-008,Registration Updates to Data Service,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-009,Data Service Appointment Outcome,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-010,Registration Updates to Central Settlements,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-017,Registrations Service confirmation of revised metering information,BPRWG,Registration,Blocked,Interface Approach,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-021,HH Consumption Data,BPRWG,Smart;Advanced;Unmetered,Sub-Group Review,,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-022,LSS Period Data,BPRWG,Elexon Central Systems;Smart,Sub-Group Review,,Jan-22,Feb-22,Mar-22
IF,MHHSP-IF-023,LSS Totals Data,BPRWG,Elexon Central Systems;Smart,Sub-Group Review,,Jan-22,Feb-22,Mar-22
IF,MHHSP-IF-026,Publish ISD,BPRWG,Elexon Central Systems,Sub-Group Review,,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-030,Registration Update to Supplier (COS Gain),BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-031,Supplier Request to Appoint Agents,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-032,Supplier Request to Appoint Agents Response,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-033,Registration Update to Supplier (3rd Party Change),BPRWG,Registration,Blocked,Interface Approach,Mar-22,Apr-22,May-22
IF,MHHSP-IF-036,Registration Update to LDSO,BPRWG,Registration,Blocked,Interface Approach,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-037,LDSO Notification of Changes,BPRWG,Registration,Sub-Group Review,,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-038,Metering service update to Registration for change of Energisation,BPRWG,Registration,Blocked,Interface Approach,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-039,Registration Services response to metering service request to change of energisation,BPRWG,Registration,Blocked,Interface Approach,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-040,Registration services notification of changes following a disconnection,BPRWG,Registration,Blocked,Interface Approach,Feb-22,Mar-22,Apr-22
IF,MHHSP-IF-041,Meter Reading,BPRWG,TBC,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-042,Supplier Update HH Consent Granularity,BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-043,Notification of Change to HH Consent Granularity,BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-044,Notification of Change to Domestic Indicator,BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-045,Supplier Advisory Notifications,BPRWG,Smart,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-046,Supplier Advisory Response from SDS,BPRWG,Smart,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-047,MPAN Enquiry,BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-048,MPAN Enquiry Response,BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-049,Request Change of Segment,BPRWG,Registration,Blocked,Change of Agent,Mar-22,Apr-22,May-22
IF,MHHSP-IF-050,Notify Change of Segment complete,BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-051,Supplier Request of Energisation Change (D0134),BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-052,Dist. On Site Change (D0139),BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-053,Supplier Request for Metering Works (D0142),BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,MHHSP-IF-054,Request Disconnection  (D0132),BPRWG,Registration,Blocked,Supplier Interaction,Mar-22,Apr-22,May-22
IF,,DUOS/LLF Management,BPRWG,TBC,First Draft Not Complete,,TBC,TBC,TBC
IF,,Demand Control,BPRWG,TBC,First Draft Not Complete,,TBC,TBC,TBC
BRS,MHHSP-BRS001;MHHSP-BPD001,Smart Data Service,BPRWG,Smart,First Draft Not Complete,,Apr-22,Apr-22,May-22
BRS,MHHSP-BRS002;MHHSP-BPD002,Advanced Data Service,BPRWG,Advanced,First Draft Not Complete,,Apr-22,Apr-22,May-22
BRS,MHHSP-BRS003;MHHSP-BPD003,Unmetered Data Service,BPRWG,Unmetered,First Draft Not Complete,,Apr-22,Apr-22,May-22
BRS,MHHSP-BRS004;MHHSP-BPD004,Smart Metering Service,BPRWG,Smart,First Draft Not Complete,,Apr-22,Apr-22,May-22
BRS,MHHSP-BRS005;MHHSP-BPD005,Advanced Metering Service,BPRWG,Advanced,First Draft Not Complete,,Apr-22,Apr-22,May-22
BRS,MHHSP-BRS006;MHHSP-BPD006,Registration Service,BPRWG,Registration,First Draft Not Complete,,Apr-22,Apr-22,May-22
BRS,MHHSP-BRS007;MHHSP-BPD007,Load Shaping Service (ECS),BPRWG,Elexon Central Systems,Sub-Group Review,,Dec-21,Mar-22,Apr-22
BRS,MHHSP-BRS008;MHHSP-BPD008,Marketwide Data Service (ECS),BPRWG,Elexon Central Systems,Sub-Group Review,,Jan-22,Feb-22,Mar-22
BRS,MHHSP-BRS009;MHHSP-BPD009,Volume Allocation Service (ECS),BPRWG,Elexon Central Systems,Sub-Group Review,,Feb-22,Mar-22,Apr-22
BRS,MHHSP-BRS010;MHHSP-BPD010,Industry Standing Data,BPRWG,Elexon Central Systems,Sub-Group Review,,Feb-22,Mar-22,Apr-22
GA,,Data Catalogue,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22
GA,,Business Process List,BPRWG,All,Maintenance,,Mar-22,Mar-22,Apr-22
GA,,Operational Choreography,BPRWG,All,Draft Not Complete,,Mar-22,Mar-22,Apr-22
GA,,Logical Data Model,BPRWG,All,Draft Not Complete,,Apr-22,Apr-22,May-22
GA,,Interface List,BPRWG,All,Maintenance,,Feb-22,Feb-22,Mar-22
TD,,Design Principles & Assumptions,TDWG,,Agreed,,Nov-21,Jan-21,Feb-22
TD,,DIP Functional Specification,TDWG,,Initial review by Sub-Group,Addressing Decision and agreement on all messaging patterns (ECS Outputs);Security Clarifications,Nov-21,Feb-22,Mar-22
TD,,Architecture Principles,TDWG,,Agreed,,Nov-21,Feb-22,Mar-22
TD,,Non-Functional Requirements,TDWG,,Initial review by Sub-Group completed- Update required following volumetric modelling,Volumetric Analysis of Interfaces,Nov-21,Feb-22,Mar-22
TD,,E2E Non-Functional Requirements,TDWG,,Draft Complete,Volumetric Analysis of Interfaces,Feb-22,Mar-22,Apr-22
TD,,E2E Solution Architecture,TDWG,,Not Started,,Mar-22,Apr-22,May-22
TD,,DPIA,SDWG,,Initial view from AWG reviewed,,Jan-22,Apr-22,May-22
TD,,Code of Connection Guidance,SDWG,,Draft in Progress,Security clarifications from OFGEM,Jan-22,Apr-22,May-22
TD,,MHHS E2E Security Requirements,SDWG,,Draft Complete,Security clarifications from OFGEM,Jan-22,Apr-22,May-22
TD,,MHHS E2E Security Architecture,SDWG,,Draft Complete,Security clarifications from OFGEM,Jan-22,Apr-22,May-22

"""#
