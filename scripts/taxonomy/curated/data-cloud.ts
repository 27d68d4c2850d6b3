/** Databases, data/ML, cloud and DevOps. */
export const DATA_CLOUD = `
# id | Name | cat | aliases | parents | related | flags
databases | Databases | concept | database, dbms, database management, database management systems, database systems, database administration, dba | software-development
relational-databases | Relational Databases | concept | rdbms, relational database, relational database management systems, sql databases | databases | nosql:0.3
nosql | NoSQL | concept | nosql databases, no sql, non-relational databases | databases | relational-databases:0.3
database-design | Database Design | concept | data modeling, data modelling, database modeling, schema design, er diagrams, erd | databases
postgresql | PostgreSQL | db | postgres, postgre sql, postgresql, psql, pgsql, postgre, pl/pgsql | sql, relational-databases | mysql:0.7, oracle-database:0.6, sql-server:0.6, mariadb:0.7
mysql | MySQL | db | my sql, mysql server | sql, relational-databases | postgresql:0.7, mariadb:0.9, sql-server:0.6, oracle-database:0.6
mariadb | MariaDB | db | maria db | sql, relational-databases | mysql:0.9, postgresql:0.7
sql-server | Microsoft SQL Server | db | sql server, ms sql, mssql, ms sql server, microsoft sql server, sqlserver, ms-sql | sql, relational-databases | postgresql:0.6, mysql:0.6, oracle-database:0.6
oracle-database | Oracle Database | db | oracle, oracle db, oracle database, oracle rdbms, oracle sql, oracle 11g, oracle 10g, oracle 12c, oracle 9i, oracle 8i | sql, relational-databases | postgresql:0.6, sql-server:0.6, db2:0.6
db2 | IBM Db2 | db | db2, ibm db2, udb | sql, relational-databases | oracle-database:0.6
sqlite | SQLite | db | sqlite3 | sql, relational-databases | mysql:0.5
teradata | Teradata | db | teradata database | sql, data-warehousing | snowflake:0.5
ms-access | Microsoft Access | db | ms access, microsoft access, access database, ms-access, access | relational-databases, microsoft-office | | amb=access
mongodb | MongoDB | db | mongo, mongo db | nosql | couchdb:0.5, dynamodb:0.5
cassandra | Apache Cassandra | db | cassandra, apache cassandra | nosql | dynamodb:0.5
redis | Redis | db | redis cache | nosql, caching
dynamodb | Amazon DynamoDB | db | dynamodb, dynamo db, amazon dynamodb | nosql, aws | mongodb:0.5, cassandra:0.5
couchdb | CouchDB | db | apache couchdb | nosql | mongodb:0.5
neo4j | Neo4j | db | cypher | nosql, graph-databases
elasticsearch | Elasticsearch | db | elastic search, elastic, elk, elk stack | nosql, search | | amb=elastic
caching | Caching | concept | cache | backend-development | | amb=cache
snowflake | Snowflake | db | snowflake data cloud | data-warehousing, sql | redshift:0.6, bigquery:0.6 | amb
redshift | Amazon Redshift | db | redshift, amazon redshift | data-warehousing, aws | snowflake:0.6, bigquery:0.6
bigquery | BigQuery | db | google bigquery, big query | data-warehousing, gcp | snowflake:0.6, redshift:0.6
data-warehousing | Data Warehousing | concept | data warehouse, data warehousing, dwh, data marts, dimensional modeling, star schema | data-engineering, databases
etl | ETL | concept | etl pipelines, extract transform load, elt, data pipelines, data pipeline | data-engineering
informatica | Informatica | tool | informatica powercenter, informatica software | etl | ssis:0.5, talend:0.5
talend | Talend | tool | | etl | informatica:0.5
ssis | SSIS | tool | sql server integration services, microsoft sql server integration services ssis | etl, sql-server | informatica:0.5
ssrs | SSRS | tool | sql server reporting services, microsoft sql server reporting services ssrs | business-intelligence, sql-server | power-bi:0.5
data-engineering | Data Engineering | concept | data engineer, data infrastructure | data-science
big-data | Big Data | concept | big data, big data analytics, big data technologies | data-engineering
data-science | Data Science | concept | data scientist | | statistics:0.5
data-analysis | Data Analysis | concept | data analytics, analytics, data analyst, analyzing data, analysing data, data analysis skills, data interpretation | data-science
data-visualization | Data Visualization | concept | data visualisation, dashboards, dashboarding, data viz, reporting dashboards | data-analysis
data-mining | Data Mining | concept | text mining | data-science
statistics | Statistics | dom | statistical analysis, statistical modeling, statistical modelling, biostatistics, applied statistics, hypothesis testing, regression analysis | data-science |  | t=technical
machine-learning | Machine Learning | concept | ml, machine learning algorithms, supervised learning, unsupervised learning, predictive modeling, predictive modelling | artificial-intelligence, data-science | deep-learning:0.5 | amb=ML
deep-learning | Deep Learning | concept | neural networks, neural network, dl, cnn, rnn, lstm, convolutional neural networks | machine-learning | | amb=DL
nlp | Natural Language Processing | concept | nlp, natural language processing, text analytics, computational linguistics | machine-learning, artificial-intelligence
computer-vision | Computer Vision | concept | image processing, image recognition, object detection | machine-learning, artificial-intelligence
llm | Large Language Models | concept | llm, llms, large language models, generative ai, genai, gen ai, prompt engineering, gpt, retrieval augmented generation | artificial-intelligence, nlp
artificial-intelligence | Artificial Intelligence | concept | ai, a.i. | | machine-learning:0.5 | amb=AI
mlops | MLOps | concept | ml ops, model deployment | machine-learning, devops
jupyter | Jupyter | tool | jupyter notebook, jupyter notebooks, jupyterlab | python, data-science
excel | Microsoft Excel | tool | excel, ms excel, microsoft excel, advanced excel, excel spreadsheets, vlookup | microsoft-office, spreadsheets | | amb=excel
# A feature of spreadsheet tools, named on its own: a child of Excel (credit through the
# hierarchy), not another spelling of Excel.
pivot-tables | Pivot Tables | tool | pivot table, pivottables, pivot charts | excel, spreadsheets
tableau | Tableau | tool | tableau desktop, tableau server | business-intelligence, data-visualization | power-bi:0.7, looker:0.6
power-bi | Power BI | tool | powerbi, microsoft power bi, power bi desktop | business-intelligence, data-visualization | tableau:0.7, looker:0.6
# Power Query and DAX are their own products (also in Excel, SSAS): related to Power BI, never its spelling.
power-query | Power Query | tool | microsoft power query, power query editor | business-intelligence | power-bi:0.6, excel:0.4
dax | DAX | pl | data analysis expressions | business-intelligence | power-bi:0.6, power-query:0.5 | amb=DAX
looker | Looker | tool |  | business-intelligence | tableau:0.6, power-bi:0.6
business-intelligence | Business Intelligence | concept | bi, business intelligence tools | data-analysis | | amb=BI
spss | SPSS | tool | ibm spss, ibm spss statistics, spss statistics | statistics | sas:0.5, stata:0.5
stata | Stata | tool | | statistics | spss:0.5, r:0.3
alteryx | Alteryx | tool | alteryx software | data-analysis
google-analytics | Google Analytics | tool | ga4, google analytics 4, universal analytics, gtm | digital-marketing, web-analytics
web-analytics | Web Analytics | concept |  | digital-marketing, data-analysis
cloud-computing | Cloud Computing | concept | cloud, cloud technologies, cloud services, cloud platforms, cloud infrastructure, cloud native, cloud-native | | | amb=cloud
aws | Amazon Web Services | cloud | aws, amazon web services, amazon web services aws software, amazon aws, aws cloud | cloud-computing | gcp:0.6, azure:0.6
aws-ec2 | Amazon EC2 | cloud | ec2, amazon ec2, amazon elastic compute cloud ec2, amazon elastic compute cloud | aws
aws-s3 | Amazon S3 | cloud | s3, amazon s3, amazon simple storage service s3, amazon simple storage service | aws | | amb=S3
aws-lambda | AWS Lambda | cloud | lambda, aws lambda | aws | azure-functions:0.6 | amb=lambda
azure-functions | Azure Functions | cloud | azure function | azure | aws-lambda:0.6
kinesis | Amazon Kinesis | cloud | kinesis, aws kinesis | aws | kafka:0.6
cloudformation | AWS CloudFormation | tool | cloudformation, amazon web services aws cloudformation | aws, infrastructure-as-code | terraform:0.7
azure | Microsoft Azure | cloud | azure, microsoft azure, ms azure, azure cloud, microsoft azure software | cloud-computing | aws:0.6, gcp:0.6
gcp | Google Cloud Platform | cloud | gcp, google cloud, google cloud platform, gcloud, google cloud platform gcp, google compute engine | cloud-computing | aws:0.6, azure:0.6
databricks | Databricks | tool | azure databricks | big-data, data-engineering | spark:0.7
heroku | Heroku | cloud | | cloud-computing | 
firebase | Firebase | cloud | google firebase | cloud-computing, nosql |
oracle-cloud | Oracle Cloud | cloud | oracle cloud software, oci, oracle cloud infrastructure | cloud-computing | aws:0.4
openstack | OpenStack | cloud | | cloud-computing | 
salesforce | Salesforce | tool | salesforce software, salesforce.com, sfdc, salesforce crm, salesforce lightning, sales cloud, service cloud | crm | hubspot:0.5, dynamics-crm:0.5
servicenow | ServiceNow | tool | service now | itsm | jira:0.3
devops | DevOps | meth | dev ops, devsecops, sre, site reliability engineering | software-development
ci-cd | CI/CD | meth | ci/cd, cicd, ci cd, continuous integration, continuous delivery, continuous deployment, continuous integration and continuous delivery, build pipelines, deployment pipelines | devops
jenkins | Jenkins | tool | jenkins ci, hudson, jenkins pipelines | ci-cd | github-actions:0.6, gitlab:0.5
github-actions | GitHub Actions | tool | gh actions | ci-cd, github | jenkins:0.6
circleci | CircleCI | tool | circle ci | ci-cd | jenkins:0.6
bamboo | Atlassian Bamboo | tool | bamboo, atlassian bamboo | ci-cd | jenkins:0.6 | amb=bamboo
docker | Docker | tool | docker compose, docker-compose, dockerfile, docker swarm, dockerization, dockerized | containers | podman:0.8, kubernetes:0.5
podman | Podman | tool | | containers | docker:0.8
containers | Containers | concept | containerization, containerisation, container orchestration, containerized | devops, cloud-computing
kubernetes | Kubernetes | tool | k8s, kube, kubectl | containers | docker:0.5, openshift:0.8
openshift | OpenShift | tool | red hat openshift | containers | kubernetes:0.8
terraform | Terraform | tool | hashicorp terraform, ibm terraform | infrastructure-as-code | cloudformation:0.7, pulumi:0.7
pulumi | Pulumi | tool | | infrastructure-as-code | terraform:0.7
infrastructure-as-code | Infrastructure as Code | concept | iac, infrastructure as code | devops
ansible | Ansible | tool | ansible software, ansible tower | configuration-management | chef:0.6, puppet:0.6
chef | Chef | tool | chef infra | configuration-management | ansible:0.6, puppet:0.6 | amb
puppet | Puppet | tool | | configuration-management | ansible:0.6, chef:0.6 | amb
configuration-management | Configuration Management | concept | configuration management, software configuration management | devops
prometheus | Prometheus | tool | alertmanager | monitoring | datadog:0.6 | amb=prometheus
datadog | Datadog | tool |  | monitoring | prometheus:0.6
monitoring | Monitoring & Observability | concept | observability, system monitoring, application monitoring, logging and monitoring, apm | devops
git | Git | tool | git version control, git scm | version-control | svn:0.6
github | GitHub | tool | git hub | git | gitlab:0.8, bitbucket:0.8
gitlab | GitLab | tool | gitlab ci, gitlab ci/cd | git, ci-cd | github:0.8, bitbucket:0.8
bitbucket | Bitbucket | tool | atlassian bitbucket, bit bucket | git | github:0.8, gitlab:0.8
svn | Subversion | tool | svn, subversion, apache subversion svn, apache subversion, tortoise svn, tortoisesvn, tfvc | version-control | git:0.6 |
version-control | Version Control | concept | version control systems, source control, vcs, source code management, revision control | software-development
tfs | Team Foundation Server | tool | tfs, team foundation server, microsoft team foundation server, azure repos | version-control, ci-cd | git:0.4
build-tools | Build Tools | concept | build tools, build automation, build and release, build management | software-development
linux | Linux | tool | linux os, gnu/linux, linux administration, linux system administration, linux kernel | operating-systems | unix:0.8
unix | Unix | tool | unix | operating-systems | linux:0.8
windows | Windows | tool | microsoft windows, ms windows, windows xp, windows 7, windows 10, windows 11, windows vista, windows 8, windows nt, windows 2000, windows 98, win xp, win7 | operating-systems | | amb=windows
windows-server | Windows Server | tool | microsoft windows server, windows server 2008, windows server 2012, windows server 2016, windows server 2019, windows 2003 server, windows 2008 server, windows server administration | windows, system-administration | linux:0.3
macos | macOS | tool | mac os, mac os x, osx, os x, apple macos, macintosh, mac | operating-systems | linux:0.4 | amb=mac
operating-systems | Operating Systems | concept | operating system, os, os administration | computer-science | | amb=os
active-directory | Active Directory | tool | microsoft active directory, ad ds, group policy, gpo | system-administration, windows | |
vmware | VMware | tool | vmware vsphere, vsphere, esxi, vcenter, vmware esxi, vmware workstation | virtualization
virtualization | Virtualization | concept | virtualisation, virtual machines, vm | cloud-computing, system-administration
system-administration | System Administration | concept | systems administration, sysadmin, system admin, server administration, server management | it-operations
it-operations | IT Operations | concept | it infrastructure, infrastructure management | 
data-formats | Data Formats | concept | data serialization, file formats | software-development
message-queues | Message Queues | concept | message queue, message queues, message brokers, event streaming, pub/sub | backend-development
search | Search Engines | concept | search engine, full-text search, information retrieval | backend-development
`;
