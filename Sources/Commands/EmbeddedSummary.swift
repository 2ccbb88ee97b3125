// Generated from Data/summary.csv by scripts/embed-summary.sh; do not edit.

/// The default summary for `regq reconcile`, Data/summary.csv byte for byte.
public let embeddedSummaryCSV = #"""
table,row,column,published,query
Business Design Artefact Status Report,Business Process Maps,No. of Docs,20,select count(distinct ref) from BP
Business Design Artefact Status Report,Business Process Maps,First Draft Not Complete,5,"select count(distinct ref) from BP where status in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Business Process Maps,First Draft Complete,15,"select count(distinct ref) from BP where status not in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Business Process Maps,In Flight Sub-Group Review,12,select count(distinct ref) from BP where status = 'Sub-Group Review'
Business Design Artefact Status Report,Business Process Maps,Blocked,3,select count(distinct ref) from BP where status = blocked
Business Design Artefact Status Report,Business Process Maps,In Flight BPRWG Review,0,select count(distinct ref) from BP where status contains 'BPRWG'
Business Design Artefact Status Report,Business Process Maps,Forecast BPRWG Review Feb,12,select count(distinct ref) from BP where review = Feb-22
Business Design Artefact Status Report,Business Process Maps,Forecast BPRWG Review Mar,2,select count(distinct ref) from BP where review = Mar-22
Business Design Artefact Status Report,Business Process Maps,Forecast BPRWG Review Apr,6,select count(distinct ref) from BP where review = Apr-22
Business Design Artefact Status Report,Business Process Maps,Forecast DAG Review Feb,12,select count(distinct ref) from BP where dag = Feb-22
Business Design Artefact Status Report,Business Process Maps,Forecast DAG Review Mar,2,select count(distinct ref) from BP where dag = Mar-22
Business Design Artefact Status Report,Business Process Maps,Forecast DAG Review Apr,6,select count(distinct ref) from BP where dag = Apr-22
Business Design Artefact Status Report,Interface Specifications,No. of Docs,38,select count(*) from IF
Business Design Artefact Status Report,Interface Specifications,First Draft Not Complete,4,"select count(*) from IF where status in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Interface Specifications,First Draft Complete,34,"select count(*) from IF where status not in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Interface Specifications,In Flight Sub-Group Review,34,select count(*) from IF where status = 'Sub-Group Review'
Business Design Artefact Status Report,Interface Specifications,Blocked,32,select count(*) from IF where status = blocked
Business Design Artefact Status Report,Interface Specifications,In Flight BPRWG Review,0,select count(*) from IF where status contains 'BPRWG'
Business Design Artefact Status Report,Interface Specifications,Forecast BPRWG Review Feb,2,select count(*) from IF where review = Feb-22
Business Design Artefact Status Report,Interface Specifications,Forecast BPRWG Review Mar,9,select count(*) from IF where review = Mar-22
Business Design Artefact Status Report,Interface Specifications,Forecast BPRWG Review Apr,27,select count(*) from IF where review = Apr-22
Business Design Artefact Status Report,Interface Specifications,Forecast DAG Review Feb,2,select count(*) from IF where dag = Feb-22
Business Design Artefact Status Report,Interface Specifications,Forecast DAG Review Mar,9,select count(*) from IF where dag = Mar-22
Business Design Artefact Status Report,Interface Specifications,Forecast DAG Review Apr,27,select count(*) from IF where dag = Apr-22
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,No. of Docs,10,select count(*) from BRS
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,First Draft Not Complete,7,"select count(*) from BRS where status in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,First Draft Complete,3,"select count(*) from BRS where status not in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,In Flight Sub-Group Review,3,select count(*) from BRS where status = 'Sub-Group Review'
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,Blocked,0,select count(*) from BRS where status = blocked
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,In Flight BPRWG Review,0,select count(*) from BRS where status contains 'BPRWG'
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,Forecast BPRWG Review Feb,2,select count(*) from BRS where review = Feb-22
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,Forecast BPRWG Review Mar,2,select count(*) from BRS where review = Mar-22
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,Forecast BPRWG Review Apr,6,select count(*) from BRS where review = Apr-22
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,Forecast DAG Review Feb,2,select count(*) from BRS where dag = Feb-22
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,Forecast DAG Review Mar,2,select count(*) from BRS where dag = Mar-22
Business Design Artefact Status Report,Business Requirements / Business Process Descriptions,Forecast DAG Review Apr,6,select count(*) from BRS where dag = Apr-22
Business Design Artefact Status Report,Global Artefacts,No. of Docs,5,select count(*) from GA
Business Design Artefact Status Report,Global Artefacts,First Draft Not Complete,3,"select count(*) from GA where status in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Global Artefacts,First Draft Complete,2,"select count(*) from GA where status not in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Global Artefacts,In Flight Sub-Group Review,2,select count(*) from GA where status = 'Sub-Group Review'
Business Design Artefact Status Report,Global Artefacts,Blocked,0,select count(*) from GA where status = blocked
Business Design Artefact Status Report,Global Artefacts,In Flight BPRWG Review,0,select count(*) from GA where status contains 'BPRWG'
Business Design Artefact Status Report,Global Artefacts,Forecast BPRWG Review Feb,1,select count(*) from GA where review = Feb-22
Business Design Artefact Status Report,Global Artefacts,Forecast BPRWG Review Mar,3,select count(*) from GA where review = Mar-22
Business Design Artefact Status Report,Global Artefacts,Forecast BPRWG Review Apr,1,select count(*) from GA where review = Apr-22
Business Design Artefact Status Report,Global Artefacts,Forecast DAG Review Feb,1,select count(*) from GA where dag = Feb-22
Business Design Artefact Status Report,Global Artefacts,Forecast DAG Review Mar,3,select count(*) from GA where dag = Mar-22
Business Design Artefact Status Report,Global Artefacts,Forecast DAG Review Apr,1,select count(*) from GA where dag = Apr-22
Business Design Artefact Status Report,Total,No. of Docs,73,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address')"
Business Design Artefact Status Report,Total,First Draft Not Complete,19,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and status in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Total,First Draft Complete,54,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and status not in ('First Draft Not Complete', 'Draft Not Complete')"
Business Design Artefact Status Report,Total,In Flight Sub-Group Review,51,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and status = 'Sub-Group Review'"
Business Design Artefact Status Report,Total,Blocked,35,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and status = blocked"
Business Design Artefact Status Report,Total,In Flight BPRWG Review,0,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and status contains 'BPRWG'"
Business Design Artefact Status Report,Total,Forecast BPRWG Review Feb,17,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and review = Feb-22"
Business Design Artefact Status Report,Total,Forecast BPRWG Review Mar,16,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and review = Mar-22"
Business Design Artefact Status Report,Total,Forecast BPRWG Review Apr,40,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and review = Apr-22"
Business Design Artefact Status Report,Total,Forecast DAG Review Feb,17,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and dag = Feb-22"
Business Design Artefact Status Report,Total,Forecast DAG Review Mar,16,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and dag = Mar-22"
Business Design Artefact Status Report,Total,Forecast DAG Review Apr,40,"select count(*) from BP, IF, BRS, GA where (ref != MHHSP-BP010 or name = 'Change of Registation Data - Address') and dag = Apr-22"
Key Blocking Issues,Change of Agent,No. of Artefacts Blocked,17,select count(*) where blocker = 'Change of Agent'
Key Blocking Issues,Interface Approach,No. of Artefacts Blocked,7,select count(*) where blocker = 'Interface Approach'
Key Blocking Issues,Supplier Interaction,No. of Artefacts Blocked,11,select count(*) where blocker = 'Supplier Interaction'
Technical Design Artefact Status Report,DIP Non Functional Requirements,No. of Docs,1,select count(*) from TD where name = 'Non-Functional Requirements'
Technical Design Artefact Status Report,DIP Non Functional Requirements,First Draft Not Complete,0,"select count(*) from TD where name = 'Non-Functional Requirements' and status in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,DIP Non Functional Requirements,First Draft Complete,1,"select count(*) from TD where name = 'Non-Functional Requirements' and status not in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,DIP Non Functional Requirements,In Flight Sub-Group Review,1,select count(*) from TD where name = 'Non-Functional Requirements' and status contains 'Sub-Group'
Technical Design Artefact Status Report,DIP Non Functional Requirements,Blocked,0,select count(*) from TD where name = 'Non-Functional Requirements' and blocker is not empty
Technical Design Artefact Status Report,DIP Non Functional Requirements,In Flight Level 4 Review,1,select count(*) from TD where name = 'Non-Functional Requirements' and status contains 'Level 4'
Technical Design Artefact Status Report,DIP Non Functional Requirements,Forecast Level 4 Review Feb,1,select count(*) from TD where name = 'Non-Functional Requirements' and review = Feb-22
Technical Design Artefact Status Report,DIP Non Functional Requirements,Forecast DAG Review Mar,1,select count(*) from TD where name = 'Non-Functional Requirements' and dag = Mar-22
Technical Design Artefact Status Report,DIP Functional Specification,No. of Docs,1,select count(*) from TD where name = 'DIP Functional Specification'
Technical Design Artefact Status Report,DIP Functional Specification,First Draft Not Complete,0,"select count(*) from TD where name = 'DIP Functional Specification' and status in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,DIP Functional Specification,First Draft Complete,1,"select count(*) from TD where name = 'DIP Functional Specification' and status not in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,DIP Functional Specification,In Flight Sub-Group Review,1,select count(*) from TD where name = 'DIP Functional Specification' and status contains 'Sub-Group'
Technical Design Artefact Status Report,DIP Functional Specification,Blocked,0,select count(*) from TD where name = 'DIP Functional Specification' and blocker is not empty
Technical Design Artefact Status Report,DIP Functional Specification,In Flight Level 4 Review,1,select count(*) from TD where name = 'DIP Functional Specification' and status contains 'Level 4'
Technical Design Artefact Status Report,DIP Functional Specification,Forecast Level 4 Review Feb,1,select count(*) from TD where name = 'DIP Functional Specification' and review = Feb-22
Technical Design Artefact Status Report,DIP Functional Specification,Forecast DAG Review Mar,1,select count(*) from TD where name = 'DIP Functional Specification' and dag = Mar-22
Technical Design Artefact Status Report,End to End Architecture,No. of Docs,1,select count(*) from TD where name = 'E2E Solution Architecture'
Technical Design Artefact Status Report,End to End Architecture,First Draft Not Complete,1,"select count(*) from TD where name = 'E2E Solution Architecture' and status in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,End to End Architecture,First Draft Complete,0,"select count(*) from TD where name = 'E2E Solution Architecture' and status not in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,End to End Architecture,In Flight Sub-Group Review,0,select count(*) from TD where name = 'E2E Solution Architecture' and status contains 'Sub-Group'
Technical Design Artefact Status Report,End to End Architecture,Blocked,0,select count(*) from TD where name = 'E2E Solution Architecture' and blocker is not empty
Technical Design Artefact Status Report,End to End Architecture,In Flight Level 4 Review,0,select count(*) from TD where name = 'E2E Solution Architecture' and status contains 'Level 4'
Technical Design Artefact Status Report,End to End Architecture,Forecast Level 4 Review Mar,1,select count(*) from TD where name = 'E2E Solution Architecture' and review = Mar-22
Technical Design Artefact Status Report,End to End Architecture,Forecast DAG Review Apr,1,select count(*) from TD where name = 'E2E Solution Architecture' and dag = Apr-22
Technical Design Artefact Status Report,End to End Non Functional Requirements,No. of Docs,1,select count(*) from TD where name = 'E2E Non-Functional Requirements'
Technical Design Artefact Status Report,End to End Non Functional Requirements,First Draft Not Complete,1,"select count(*) from TD where name = 'E2E Non-Functional Requirements' and status in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,End to End Non Functional Requirements,First Draft Complete,0,"select count(*) from TD where name = 'E2E Non-Functional Requirements' and status not in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,End to End Non Functional Requirements,In Flight Sub-Group Review,0,select count(*) from TD where name = 'E2E Non-Functional Requirements' and status contains 'Sub-Group'
Technical Design Artefact Status Report,End to End Non Functional Requirements,Blocked,0,select count(*) from TD where name = 'E2E Non-Functional Requirements' and blocker is not empty
Technical Design Artefact Status Report,End to End Non Functional Requirements,In Flight Level 4 Review,0,select count(*) from TD where name = 'E2E Non-Functional Requirements' and status contains 'Level 4'
Technical Design Artefact Status Report,End to End Non Functional Requirements,Forecast Level 4 Review Mar,1,select count(*) from TD where name = 'E2E Non-Functional Requirements' and review = Mar-22
Technical Design Artefact Status Report,End to End Non Functional Requirements,Forecast DAG Review Apr,1,select count(*) from TD where name = 'E2E Non-Functional Requirements' and dag = Apr-22
Technical Design Artefact Status Report,Security Specifications and Impact assessments,No. of Docs,4,select count(*) from TD where wg = SDWG
Technical Design Artefact Status Report,Security Specifications and Impact assessments,First Draft Not Complete,1,"select count(*) from TD where wg = SDWG and status in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,Security Specifications and Impact assessments,First Draft Complete,3,"select count(*) from TD where wg = SDWG and status not in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,Security Specifications and Impact assessments,In Flight Sub-Group Review,3,select count(*) from TD where wg = SDWG and status contains 'Sub-Group'
Technical Design Artefact Status Report,Security Specifications and Impact assessments,Blocked,0,select count(*) from TD where wg = SDWG and blocker is not empty
Technical Design Artefact Status Report,Security Specifications and Impact assessments,In Flight Level 4 Review,3,select count(*) from TD where wg = SDWG and status contains 'Level 4'
Technical Design Artefact Status Report,Security Specifications and Impact assessments,Forecast Level 4 Review Apr,3,select count(*) from TD where wg = SDWG and review = Apr-22
Technical Design Artefact Status Report,Security Specifications and Impact assessments,Forecast DAG Review May,3,select count(*) from TD where wg = SDWG and dag = May-22
Technical Design Artefact Status Report,Total,No. of Docs,8,select count(*) from TD where status != agreed
Technical Design Artefact Status Report,Total,First Draft Not Complete,3,"select count(*) from TD where status != agreed and status in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,Total,First Draft Complete,5,"select count(*) from TD where status != agreed and status not in ('Not Started', 'Draft in Progress')"
Technical Design Artefact Status Report,Total,In Flight Sub-Group Review,5,select count(*) from TD where status != agreed and status contains 'Sub-Group'
Technical Design Artefact Status Report,Total,Blocked,0,select count(*) from TD where status != agreed and blocker is not empty
Technical Design Artefact Status Report,Total,In Flight Level 4 Review,5,select count(*) from TD where status != agreed and status contains 'Level 4'
Technical Design Artefact Status Report,Total,Forecast Level 4 Review Feb,2,select count(*) from TD where status != agreed and review = Feb-22
Technical Design Artefact Status Report,Total,Forecast Level 4 Review Mar,2,select count(*) from TD where status != agreed and review = Mar-22
Technical Design Artefact Status Report,Total,Forecast Level 4 Review Apr,3,select count(*) from TD where status != agreed and review = Apr-22
Technical Design Artefact Status Report,Total,Forecast DAG Review Mar,2,select count(*) from TD where status != agreed and dag = Mar-22
Technical Design Artefact Status Report,Total,Forecast DAG Review Apr,2,select count(*) from TD where status != agreed and dag = Apr-22
Technical Design Artefact Status Report,Total,Forecast DAG Review May,3,select count(*) from TD where status != agreed and dag = May-22

"""#
