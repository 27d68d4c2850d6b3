/**
 * Distinct products that earlier lines listed as spellings of another tool or of a field
 * (WinSCP and PuTTY as "FileZilla", NetBeans as "IntelliJ IDEA", etcd as "ZooKeeper", cron
 * as "Control-M"). A product keeps its own name; what it has in common with the tool it was
 * filed under is a relation — a parent (a field or product family it belongs to: Helm under
 * Kubernetes, JCL under Mainframe) or related credit (a rival that does the same job:
 * NetBeans ~ IntelliJ IDEA 0.6) — so the analysis still gives partial credit while the
 * person's tool is reported under the name they wrote.
 *
 * Rule for every curated line: an alias is another spelling of the SAME thing (an
 * abbreviation, an old or vendor-prefixed name, a version); anything with its own product
 * name gets its own line here. `taxonomy/curated.test.ts` checks no spelling is claimed twice.
 */
export const PRODUCTS = `
# id | Name | cat | aliases | parents | related | flags
# --- languages and markup
simulink | Simulink | tool | mathworks simulink | programming | matlab:0.6
delphi | Delphi | pl | embarcadero delphi, borland delphi, object pascal | programming | pascal:0.7 | amb=delphi
less-css | Less | fw | less css, lesscss | css | sass:0.8 | amb=less
xml-schema | XML Schema | concept | xsd, xml schema definition | xml
xpath | XPath | pl | | xml | xslt:0.6, xquery:0.6
xquery | XQuery | pl | | xml | xslt:0.6
xsl-fo | XSL-FO | pl | | xml | xslt:0.7
korn-shell | KornShell | pl | ksh, korn shell | shell-scripting | bash:0.7
z-shell | Z shell | pl | zsh | shell-scripting | bash:0.8
c-shell | C shell | pl | csh, tcsh | shell-scripting | bash:0.6
bourne-shell | Bourne shell | pl | | shell-scripting | bash:0.8
batch-scripting | Windows Batch Scripting | pl | batch files, batch file, batch scripting, batch scripts, batch script, batch | shell-scripting | powershell:0.5 | amb=batch
systemverilog | SystemVerilog | pl | system verilog | programming, embedded-systems | verilog:0.8, vhdl:0.6
# --- frameworks and libraries
vuex | Vuex | fw | | vuejs
nuxt | Nuxt | fw | nuxtjs, nuxt.js | vuejs | nextjs:0.5
django-rest-framework | Django REST Framework | fw | drf, django rest framework | django, rest-api
jpa | JPA | fw | java persistence api, jakarta persistence | java, orm | hibernate:0.8
ejb | Enterprise JavaBeans | fw | ejb, ejb3, enterprise java beans | j2ee
jsf | JavaServer Faces | fw | jsf, java server faces, jakarta faces | j2ee | servlets:0.5
mockito | Mockito | fw | | java, unit-testing | junit:0.5
testng | TestNG | fw | | java, unit-testing | junit:0.8
chai | Chai | fw | chai.js, chaijs | javascript, unit-testing | mocha:0.6 | amb=chai
jasmine | Jasmine | fw | jasmine.js, jasminejs | javascript, unit-testing | mocha:0.7, jest:0.7 | amb=jasmine
karma | Karma | tool | karma runner, karma test runner | javascript, unit-testing | jasmine:0.5 | amb=karma
python-unittest | Python unittest | fw | pyunit | python, unit-testing | pytest:0.8
vitest | Vitest | fw | | javascript, unit-testing | jest:0.9
classic-asp | Classic ASP | fw | active server pages, classic asp, microsoft active server pages asp | web-development | aspnet:0.5
linq | LINQ | fw | linq to sql, linq to entities | dotnet | entity-framework:0.5
ado-net | ADO.NET | fw | ado.net, ado net | dotnet, databases | entity-framework:0.6
winforms | Windows Forms | fw | winforms, windows forms, win forms | dotnet | wpf:0.6
xcode | Xcode | tool | apple xcode | ios-development, ides
cocoa | Cocoa | fw | apple cocoa | ios-development, macos | cocoa-touch:0.8 | amb=cocoa
cocoa-touch | Cocoa Touch | fw | | ios-development
uikit | UIKit | fw | | ios-development | swiftui:0.6
swiftui | SwiftUI | fw | | ios-development | uikit:0.6
cordova | Apache Cordova | fw | cordova, apache cordova | mobile-development, javascript | ionic:0.6, phonegap:0.9 | amb=cordova
phonegap | PhoneGap | fw | adobe phonegap | mobile-development, javascript | ionic:0.6
webgl | WebGL | fw | | computer-graphics, javascript | opengl:0.7
directx | DirectX | fw | microsoft directx, direct3d | computer-graphics | opengl:0.6
vulkan | Vulkan | fw | | computer-graphics | opengl:0.7
java-awt | AWT | fw | abstract window toolkit, java awt | java | swing:0.7 | amb=AWT
seaborn | Seaborn | fw | | python, data-visualization | matplotlib:0.7
plotly | Plotly | fw | plotly.js, plotly dash | python, data-visualization | matplotlib:0.6
lightgbm | LightGBM | fw | light gbm | machine-learning | xgboost:0.8
catboost | CatBoost | fw | | machine-learning | xgboost:0.8
llamaindex | LlamaIndex | fw | llama index | llm | langchain:0.7
nltk | NLTK | fw | natural language toolkit | nlp, python | spacy:0.7
hdfs | HDFS | tool | hadoop distributed file system | hadoop
mapreduce | MapReduce | fw | map reduce, map-reduce, hadoop mapreduce | hadoop
impala | Apache Impala | tool | cloudera impala, apache impala | big-data, sql | hive:0.6 | amb=impala
presto | Presto | tool | prestodb, presto sql | big-data, sql | hive:0.6, trino:0.9 | amb=presto
trino | Trino | tool | trino sql | big-data, sql | hive:0.6
dagster | Dagster | tool | | data-engineering | airflow:0.7
prefect | Prefect | tool | | data-engineering | airflow:0.7 | amb=prefect
activemq | ActiveMQ | tool | apache activemq | message-queues | rabbitmq:0.6
jms | JMS | fw | java message service | java, message-queues | activemq:0.5
amqp | AMQP | concept | advanced message queuing protocol | message-queues | rabbitmq:0.5
protobuf | Protocol Buffers | fw | protobuf, protocol buffers, protobuffers | data-formats | grpc:0.6
logback | Logback | fw | | java | log4j:0.8
slf4j | SLF4J | fw | | java | log4j:0.7
backbonejs | Backbone.js | fw | backbone.js, backbonejs, backbone js | javascript, frontend-development | knockoutjs:0.5
emberjs | Ember.js | fw | ember.js, emberjs, ember js | javascript, frontend-development | knockoutjs:0.5, angularjs:0.5
dagger | Dagger | fw | dagger 2, dagger2 | java | guice:0.7 | amb=dagger
freemarker | FreeMarker | fw | apache freemarker | java | apache-velocity:0.7
thymeleaf | Thymeleaf | fw | | java | apache-velocity:0.6
apache-tiles | Apache Tiles | fw | apache tiles, tiles framework | java | apache-velocity:0.5
nunit | NUnit | fw | | dotnet, unit-testing | mstest:0.8
xunit-net | xUnit.net | fw | xunit, xunit.net | dotnet, unit-testing | mstest:0.8
vaadin | Vaadin | fw | | java, frontend-development | gwt:0.6
# --- data
oracle-sql-developer | Oracle SQL Developer | tool | oracle sql developer | oracle-database
toad | Toad | tool | toad for oracle, quest toad | databases | oracle-sql-developer:0.6 | amb=toad
mongoose | Mongoose | fw | mongoosejs | mongodb, nodejs | | amb=mongoose
scylladb | ScyllaDB | db | scylla | nosql | cassandra:0.8
memcached | Memcached | db | | caching | redis:0.6
couchbase | Couchbase | db | couchbase server | nosql | couchdb:0.6, mongodb:0.5
graph-databases | Graph Databases | concept | graph databases, graph database, graph db | nosql
opensearch | OpenSearch | db | amazon opensearch | search | elasticsearch:0.9
kibana | Kibana | tool | | data-visualization, monitoring | elasticsearch:0.6
logstash | Logstash | tool | | data-engineering, monitoring | elasticsearch:0.6
solr | Apache Solr | db | solr, apache solr | search | elasticsearch:0.7, lucene:0.7
lucene | Apache Lucene | fw | lucene, apache lucene | search | elasticsearch:0.6
ssas | SSAS | tool | sql server analysis services, microsoft sql server analysis services | business-intelligence, sql-server | ssrs:0.5
ipython | IPython | tool | | python | jupyter:0.8
google-sheets | Google Sheets | tool | google sheets, google spreadsheets | google-workspace, spreadsheets | excel:0.7
spreadsheets | Spreadsheets | concept | spreadsheets, spreadsheet, spreadsheet software | office-tools
looker-studio | Looker Studio | tool | google data studio, data studio, google looker studio | business-intelligence | looker:0.5
qlikview | QlikView | tool | | business-intelligence | qlik-sense:0.8, tableau:0.5
qlik-sense | Qlik Sense | tool | qlik | business-intelligence | qlikview:0.8, tableau:0.5
sap-businessobjects | SAP BusinessObjects | tool | business objects, sap businessobjects, sap bo, bo reporting, bo universe, sap business objects | business-intelligence | crystal-reports:0.6
sap-web-intelligence | SAP Web Intelligence | tool | web intelligence, webi | sap-businessobjects
xcelsius | Xcelsius | tool | sap xcelsius, sap dashboards | business-intelligence | crystal-reports:0.5
cognos | IBM Cognos | tool | cognos, ibm cognos | business-intelligence
microstrategy | MicroStrategy | tool | | business-intelligence
obiee | OBIEE | tool | oracle business intelligence, oracle bi | business-intelligence
google-tag-manager | Google Tag Manager | tool | google tag manager | web-analytics | google-analytics:0.6 | amb=gtm
adobe-analytics | Adobe Analytics | tool | omniture, sitecatalyst, adobe sitecatalyst | web-analytics | google-analytics:0.6
mixpanel | Mixpanel | tool | | web-analytics | amplitude:0.7
amplitude | Amplitude | tool | amplitude analytics | web-analytics | mixpanel:0.7 | amb=amplitude
mlflow | MLflow | tool | | mlops
kubeflow | Kubeflow | tool | | mlops, kubernetes
delta-lake | Delta Lake | tool | | data-engineering, databricks
firestore | Cloud Firestore | db | firestore, cloud firestore | firebase, nosql
# --- cloud and DevOps
serverless | Serverless Computing | concept | serverless, serverless computing, serverless architecture | cloud-computing
serverless-framework | Serverless Framework | tool | serverless framework | serverless | aws-lambda:0.5
aws-cdk | AWS CDK | tool | cdk, aws cdk, cloud development kit | aws, infrastructure-as-code | cloudformation:0.7, terraform:0.5
gke | Google Kubernetes Engine | cloud | gke, google kubernetes engine, kubernetes engine | gcp, kubernetes
app-engine | Google App Engine | cloud | app engine, google app engine, gae | gcp
eks | Amazon EKS | cloud | eks, amazon eks, aws eks, elastic kubernetes service | aws, kubernetes | aks:0.8
aks | Azure Kubernetes Service | cloud | aks, azure aks, azure kubernetes service | azure, kubernetes | eks:0.8
helm | Helm | tool | helm charts, helm chart | kubernetes | | amb=helm
# Rancher (SUSE's Kubernetes management platform): in neither O*NET 29.2 Technology Skills nor
# ESCO, so no source row for the build to keep; "rancher" is also a farming title, so the name
# needs context.
rancher | Rancher | tool | suse rancher, rancher kubernetes, rancher labs | kubernetes | openshift:0.7 | amb=rancher
terragrunt | Terragrunt | tool | | terraform, infrastructure-as-code
grafana | Grafana | tool | | monitoring, data-visualization | prometheus:0.6, kibana:0.5
new-relic | New Relic | tool | newrelic | monitoring | datadog:0.7
dynatrace | Dynatrace | tool | | monitoring | datadog:0.7
appdynamics | AppDynamics | tool | app dynamics | monitoring | datadog:0.7
splunk | Splunk | tool | splunk enterprise | monitoring, data-analysis | datadog:0.5, elasticsearch:0.5
nagios | Nagios | tool | nagios core, nagios xi | monitoring | zabbix:0.7
zabbix | Zabbix | tool | | monitoring | nagios:0.7
travis-ci | Travis CI | tool | travis ci, travis-ci, travis | ci-cd | circleci:0.7, jenkins:0.6 | amb=travis
teamcity | TeamCity | tool | team city, jetbrains teamcity, jetbrains team city | ci-cd | jenkins:0.7, bamboo:0.7
octopus-deploy | Octopus Deploy | tool | | ci-cd | bamboo:0.5
cvs | CVS | tool | concurrent versions system | version-control | svn:0.7 | amb=cvs
perforce | Perforce | tool | perforce helix, helix core | version-control | git:0.5, svn:0.6
clearcase | IBM Rational ClearCase | tool | clearcase, rational clearcase, ibm clearcase | version-control | svn:0.6
webpack | webpack | tool | | build-tools, javascript | vite:0.7
vite | Vite | tool | vitejs | build-tools, javascript | webpack:0.7 | amb=vite
babel | Babel | tool | babeljs, babel.js | build-tools, javascript | | amb=babel
npm | npm | tool | | build-tools, nodejs | yarn:0.8
yarn | Yarn | tool | | build-tools, nodejs | npm:0.8 | amb=yarn
gulp | Gulp | tool | gulp.js, gulpjs | build-tools, javascript | grunt:0.8 | amb=gulp
grunt | Grunt | tool | grunt.js, gruntjs | build-tools, javascript | gulp:0.8 | amb=grunt
nant | NAnt | tool | | build-tools, dotnet | msbuild:0.7
nuget | NuGet | tool | | build-tools, dotnet
sonatype-nexus | Sonatype Nexus | tool | nexus, sonatype nexus, nexus repository, nexus repository manager | build-tools, ci-cd | artifactory:0.8 | amb=nexus
consul | Consul | tool | hashicorp consul | software-architecture | zookeeper:0.6, etcd:0.6 | amb=consul
etcd | etcd | tool | | software-architecture, kubernetes | zookeeper:0.6
cron | cron | tool | crontab, cron jobs, cronjobs | job-scheduling, linux | control-m:0.4 | amb=cron
autosys | AutoSys | tool | ca autosys, autosys workload automation | job-scheduling | control-m:0.7
tivoli-workload-scheduler | Tivoli Workload Scheduler | tool | tivoli workload scheduler, ibm tivoli workload scheduler, tws | job-scheduling | control-m:0.7 | amb=tws
# --- AWS services (each its own product; "AWS Services" keeps the generic features)
aws-vpc | Amazon VPC | cloud | vpc, amazon vpc, aws vpc | aws, networking | | amb=vpc
aws-elb | Elastic Load Balancing | cloud | elb, elastic load balancer, elastic load balancing, aws elb | aws, load-balancing | | amb=elb
aws-sqs | Amazon SQS | cloud | sqs, amazon sqs, aws sqs, simple queue service | aws, message-queues | aws-sns:0.5 | amb=sqs
aws-sns | Amazon SNS | cloud | sns, amazon sns, aws sns, simple notification service | aws | | amb=sns
aws-rds | Amazon RDS | cloud | rds, amazon rds, aws rds | aws, relational-databases | aws-aurora:0.7 | amb=rds
aws-cloudwatch | Amazon CloudWatch | cloud | cloudwatch, amazon cloudwatch, aws cloudwatch | aws, monitoring
aws-route53 | Amazon Route 53 | cloud | route 53, route53, amazon route 53 | aws
aws-api-gateway | Amazon API Gateway | cloud | api gateway, amazon api gateway, aws api gateway | aws, apis
aws-elastic-beanstalk | AWS Elastic Beanstalk | cloud | elastic beanstalk, aws elastic beanstalk | aws
aws-ecs | Amazon ECS | cloud | ecs, amazon ecs, aws ecs, elastic container service | aws, containers | eks:0.6 | amb=ecs
aws-fargate | AWS Fargate | cloud | fargate, aws fargate | aws, containers | aws-ecs:0.7
aws-aurora | Amazon Aurora | db | aurora, amazon aurora, aws aurora | aws, relational-databases | aws-rds:0.7 | amb=aurora
# --- operating systems, virtualisation, infrastructure
ubuntu | Ubuntu | tool | ubuntu linux, ubuntu server | linux
debian | Debian | tool | debian linux | linux
centos | CentOS | tool | cent os | linux
rhel | Red Hat Enterprise Linux | tool | red hat, redhat, rhel, red hat enterprise linux, red hat linux | linux
fedora | Fedora | tool | fedora linux | linux | | amb=fedora
suse | SUSE Linux | tool | suse, opensuse, sles, suse linux enterprise | linux
kali-linux | Kali Linux | tool | kali | linux, penetration-testing | | amb=kali
solaris | Solaris | tool | solaris, sun solaris, oracle solaris, sunos | unix
aix | AIX | tool | ibm aix | unix
hp-ux | HP-UX | tool | hpux | unix
freebsd | FreeBSD | tool | free bsd | unix
ldap | LDAP | concept | lightweight directory access protocol, openldap | iam | active-directory:0.5
hyper-v | Hyper-V | tool | microsoft hyper-v, hyperv | virtualization | vmware:0.6
virtualbox | VirtualBox | tool | oracle virtualbox, virtual box | virtualization | vmware:0.5
citrix | Citrix | tool | citrix xenapp, xenapp, citrix xendesktop, citrix virtual apps | virtualization | vmware:0.5
xenserver | XenServer | tool | citrix xenserver, xen | virtualization | vmware:0.6, hyper-v:0.6
netapp | NetApp | tool | netapp ontap | storage
dell-emc | Dell EMC Storage | tool | emc, emc storage, dell emc | storage | netapp:0.6 | amb=EMC
veeam | Veeam | tool | veeam backup | storage
f5-big-ip | F5 BIG-IP | tool | f5, f5 big-ip, big-ip, f5 networks | load-balancing, networking | haproxy:0.6 | amb=F5
haproxy | HAProxy | tool | | load-balancing | nginx:0.5
palo-alto | Palo Alto Networks | tool | palo alto networks, palo alto firewall, pan-os | firewall-tools | fortinet:0.7, check-point:0.7
check-point | Check Point Firewall | tool | checkpoint firewall, checkpoint, check point firewall | firewall-tools | palo-alto:0.7 | amb=checkpoint
fortinet | Fortinet | tool | fortinet, fortigate | firewall-tools | palo-alto:0.7
cisco-asa | Cisco ASA | tool | cisco asa firewall, cisco asa, asa firewall | firewall-tools, cisco | palo-alto:0.6
sophos | Sophos | tool | sophos firewall, sophos xg | firewall-tools
qradar | IBM QRadar | tool | qradar, ibm qradar | siem | splunk:0.5
arcsight | ArcSight | tool | hp arcsight, micro focus arcsight | siem | qradar:0.6
splunk-es | Splunk Enterprise Security | tool | splunk es | siem, splunk
okta | Okta | tool | | iam | ping-identity:0.6
cyberark | CyberArk | tool | | iam | sailpoint:0.4
ping-identity | Ping Identity | tool | pingfederate, ping federate | iam | okta:0.6
burp-suite | Burp Suite | tool | burpsuite | penetration-testing
metasploit | Metasploit | tool | metasploit framework | penetration-testing
nmap | Nmap | tool | | penetration-testing, networking
wireshark | Wireshark | tool | | networking, penetration-testing
gdb | GDB | tool | gdb debugger, gnu debugger | debugging
windbg | WinDbg | tool | | debugging, windows
valgrind | Valgrind | tool | | debugging
arduino | Arduino | tool | | embedded-systems | raspberry-pi:0.5
raspberry-pi | Raspberry Pi | tool | raspberry pi, rpi | embedded-systems | arduino:0.5
ethereum | Ethereum | tool | | blockchain
# --- testing and project tools
jmeter | Apache JMeter | tool | jmeter, apache jmeter | performance-testing | loadrunner:0.7, gatling:0.7
loadrunner | LoadRunner | tool | hp loadrunner, micro focus loadrunner | performance-testing | jmeter:0.7
gatling | Gatling | tool | | performance-testing | jmeter:0.7
k6 | k6 | tool | grafana k6 | performance-testing | jmeter:0.6
postman | Postman | tool | | api-testing | soapui:0.6 | amb=postman
rest-assured | REST Assured | fw | rest assured, restassured | api-testing, java
soapui | SoapUI | tool | soap ui, soapui, soap ui testing | api-testing, soap | postman:0.6
micro-focus-uft | Micro Focus UFT | tool | qtp, uft, micro focus uft, hp uft, quicktest professional, hp qtp | test-automation | selenium:0.5
testcomplete | TestComplete | tool | test complete, testcomplete | test-automation | micro-focus-uft:0.6
rational-rose | Rational Rose | tool | rational rose, ibm rational rose | uml | enterprise-architect:0.6
enterprise-architect | Sparx Enterprise Architect | tool | sparx ea | uml | rational-rose:0.6
cucumber | Cucumber | tool | gherkin | bdd | specflow:0.8 | amb=cucumber
specflow | SpecFlow | tool | | bdd, dotnet | cucumber:0.8
testrail | TestRail | tool | | testing | hp-alm:0.6
zephyr | Zephyr | tool | zephyr scale, zephyr for jira | testing | hp-alm:0.6 | amb=zephyr
checkstyle | Checkstyle | tool | | static-code-analysis, java
pmd | PMD | tool | | static-code-analysis, java | | amb=PMD
findbugs | FindBugs | tool | spotbugs | static-code-analysis, java
cobertura | Cobertura | tool | | unit-testing, java | jacoco:0.8
jacoco | JaCoCo | tool | | unit-testing, java | cobertura:0.8
static-code-analysis | Static Code Analysis | concept | static code analysis, static analysis, code quality tools, code analysis tools | testing | sonarqube:0.5
monday-com | monday.com | tool | monday.com, monday com | project-management-tools | asana:0.6
clickup | ClickUp | tool | click up | project-management-tools | asana:0.6
basecamp | Basecamp | tool | | project-management-tools | asana:0.6 | amb=basecamp
wrike | Wrike | tool | | project-management-tools | asana:0.6
primavera | Oracle Primavera | tool | primavera, oracle primavera, primavera p6, p6 | project-management-tools | ms-project:0.7 | amb=primavera;P6
smartsheet | Smartsheet | tool | | project-management-tools | ms-project:0.5
mantisbt | MantisBT | tool | mantis, mantis bt, mantisbt, mantis bug tracker | testing | bugzilla:0.7 | amb=mantis
redmine | Redmine | tool | | testing, project-management-tools | bugzilla:0.6
versionone | VersionOne | tool | version one, versionone | project-management-tools, agile | rally:0.7
pvcs | PVCS | tool | serena pvcs | version-control | vss:0.6
starteam | StarTeam | tool | starteam, borland starteam | version-control | vss:0.6
# --- IDEs and editors
vs-code | Visual Studio Code | tool | vs code, vscode, visual studio code | ides | visual-studio:0.5
pycharm | PyCharm | tool | jetbrains pycharm | ides, python | intellij:0.8
webstorm | WebStorm | tool | jetbrains webstorm | ides, javascript | intellij:0.8
android-studio | Android Studio | tool | android studio ide | ides, android | intellij:0.7
netbeans | NetBeans | tool | apache netbeans, oracle netbeans | ides, java | intellij:0.6, eclipse:0.6
jdeveloper | Oracle JDeveloper | tool | jdeveloper, oracle jdeveloper | ides, java | java-ides-legacy:0.6, eclipse:0.5
libreoffice | LibreOffice | tool | libreoffice, libre office | office-tools | openoffice:0.8, microsoft-office:0.6
# --- design, media, CAD
invision | InVision | tool | invision app | ui-design | adobe-xd:0.6
zeplin | Zeplin | tool | | ui-design | adobe-xd:0.5
balsamiq | Balsamiq | tool | balsamiq mockups | ui-design | adobe-xd:0.5
axure | Axure RP | tool | axure, axure rp | ui-design | adobe-xd:0.6
# O*NET lists two editions; people write the product's own name.
qualtrics | Qualtrics | tool | qualtrics xm, qualtrics insight, qualtrics research suite, qualtrics survey | market-research, user-research
lightroom | Adobe Lightroom | tool | lightroom, adobe lightroom | graphic-design, photo-editing | photoshop:0.6
gimp | GIMP | tool | | graphic-design, photo-editing | photoshop:0.6
photo-editing | Photo Editing | dom | photo editing, photo retouching, image editing | graphic-design
coreldraw | CorelDRAW | tool | coreldraw, corel draw, corel | graphic-design | illustrator:0.7
inkscape | Inkscape | tool | | graphic-design | illustrator:0.7
quarkxpress | QuarkXPress | tool | quark xpress | desktop-publishing | indesign:0.7
pagemaker | Adobe PageMaker | tool | pagemaker, adobe pagemaker | desktop-publishing | indesign:0.7
ms-publisher | Microsoft Publisher | tool | microsoft publisher, ms publisher, publisher | desktop-publishing, microsoft-office | indesign:0.5 | amb=publisher
premiere-pro | Adobe Premiere Pro | tool | premiere pro, adobe premiere pro, adobe premiere, premiere | video-production | final-cut-pro:0.7, after-effects:0.5 | amb=premiere
final-cut-pro | Final Cut Pro | tool | final cut pro, final cut | video-production | premiere-pro:0.7
davinci-resolve | DaVinci Resolve | tool | davinci resolve | video-production | premiere-pro:0.7
avid-media-composer | Avid Media Composer | tool | avid media composer | video-production | premiere-pro:0.7
motion-graphics | Motion Graphics | dom | motion graphics, motion design | video-production, graphic-design | after-effects:0.5
frontpage | Microsoft FrontPage | tool | frontpage, ms frontpage | web-design | dreamweaver:0.6
apache-flex | Apache Flex | fw | flex, adobe flex, apache flex | web-design | flash:0.6 | amb=flex
catia | CATIA | tool | catia, dassault catia, ibm catia | cad | solidworks:0.7
ptc-creo | PTC Creo | tool | creo, ptc creo, pro/engineer, pro engineer | cad | solidworks:0.7 | amb=creo
autodesk-inventor | Autodesk Inventor | tool | inventor, autodesk inventor | cad | solidworks:0.7 | amb=inventor
fusion-360 | Fusion 360 | tool | fusion 360, autodesk fusion 360 | cad | solidworks:0.6
bim | BIM | concept | building information modeling, building information modelling | cad | revit:0.6
sketchup | SketchUp | tool | sketchup, trimble sketchup, trimble sketchup pro, google sketchup | cad | revit:0.4
microstation | MicroStation | tool | microstation, bentley microstation | cad | autocad:0.6
3ds-max | 3ds Max | tool | 3ds max, autodesk 3ds max, 3d studio max, 3dsmax | computer-graphics | maya:0.7, blender:0.6
maya | Autodesk Maya | tool | maya, autodesk maya | computer-graphics | 3ds-max:0.7, blender:0.6 | amb=maya
blender | Blender | tool | | computer-graphics | maya:0.6 | amb=blender
arcgis | ArcGIS | tool | arcgis, esri arcgis, esri arcgis software, arcmap, arcgis pro | gis | qgis:0.7
qgis | QGIS | tool | | gis | arcgis:0.7
# --- office, collaboration, business software
keynote | Apple Keynote | tool | apple keynote, keynote | office-tools | powerpoint:0.7 | amb=keynote
lotus-notes | IBM Lotus Notes | tool | lotus notes, ibm notes, hcl notes, lotus domino | collaboration-tools | outlook:0.5
lucidchart | Lucidchart | tool | lucid chart | office-tools | visio:0.7
draw-io | draw.io | tool | draw.io, diagrams.net | office-tools | visio:0.7
slack | Slack | tool | slack | collaboration-tools | teams:0.6 | amb=slack
zoom | Zoom | tool | zoom meetings, zoom video | collaboration-tools | teams:0.5 | amb=zoom
webex | Webex | tool | webex, cisco webex | collaboration-tools | teams:0.5
google-meet | Google Meet | tool | | collaboration-tools, google-workspace | teams:0.5
google-drive | Google Drive | tool | | google-workspace
data-entry | Data Entry | dom | data entry, data entry operator | administrative-support | typing:0.6
dynamics-365 | Microsoft Dynamics 365 | tool | microsoft dynamics, dynamics 365, ms dynamics, microsoft dynamics 365 | erp | dynamics-crm:0.6
netsuite | NetSuite | tool | netsuite, oracle netsuite | erp
peoplesoft | PeopleSoft | tool | peoplesoft, oracle peoplesoft | erp, human-resources, hris
workday | Workday | tool | workday, workday software, workday hcm | erp, human-resources, hris | | amb=workday
dynamics-ax | Microsoft Dynamics AX | tool | dynamics ax, microsoft dynamics ax, axapta | erp | ms-dynamics-nav:0.6
zoho | Zoho CRM | tool | zoho, zoho crm | crm | hubspot:0.6
pipedrive | Pipedrive | tool | | crm | hubspot:0.6
marketo | Marketo | tool | marketo, adobe marketo, marketo marketing automation | marketing-automation | pardot:0.7, eloqua:0.7
pardot | Pardot | tool | salesforce pardot | marketing-automation | marketo:0.7
eloqua | Oracle Eloqua | tool | eloqua, oracle eloqua | marketing-automation | marketo:0.7
mailchimp | Mailchimp | tool | mail chimp | email-marketing
google-ads | Google Ads | tool | google ads, google adwords, adwords | digital-marketing
xero | Xero | tool | | accounting | quickbooks:0.7
sage-accounting | Sage | tool | sage, sage 50, sage accounting, sage intacct | accounting | quickbooks:0.7 | amb=sage
freshbooks | FreshBooks | tool | | accounting | quickbooks:0.7
epic-ehr | Epic | tool | epic, epic systems, epic ehr | ehr | cerner:0.6 | amb=epic
cerner | Cerner | tool | oracle cerner | ehr | epic-ehr:0.6
meditech | MEDITECH | tool | meditech, meditech software | ehr
eclinicalworks | eClinicalWorks | tool | eclinicalworks, eclinicalworks ehr, eclinicalworks ehr software | ehr
allscripts | Allscripts | tool | | ehr
athenahealth | athenahealth | tool | athena health | ehr
moodle | Moodle | tool | | elearning | blackboard:0.6, canvas-lms:0.6
blackboard | Blackboard Learn | tool | blackboard, blackboard learn | elearning | moodle:0.6 | amb=blackboard
canvas-lms | Canvas LMS | tool | canvas lms, instructure canvas | elearning | moodle:0.6
google-classroom | Google Classroom | tool | | elearning, google-workspace
articulate-storyline | Articulate Storyline | tool | articulate 360, articulate storyline | elearning
intune | Microsoft Intune | tool | intune, microsoft intune | system-administration | sccm:0.6
scom | SCOM | tool | system center operations manager | system-administration, monitoring | sccm:0.5
snagit | Snagit | tool | techsmith snagit | video-production | camtasia:0.5
winscp | WinSCP | tool | | system-administration | filezilla:0.6
putty | PuTTY | tool | | system-administration | winscp:0.4 | amb=putty
nintex | Nintex | tool | nintex workflow, nintex forms | sharepoint | infopath:0.5
# --- mainframe and SAP development objects
z-os | z/OS | tool | z/os, zos, ibm z/os | mainframe
mvs | MVS | tool | mvs/esa | mainframe | z-os:0.8
jcl | JCL | pl | job control language | mainframe | cobol:0.5
cics | CICS | tool | ibm cics | mainframe | cobol:0.5
ims-db | IMS DB | db | ims db, ibm ims, ims/db | mainframe, databases
tso-ispf | TSO/ISPF | tool | tso, ispf, tso/ispf | mainframe | | amb=TSO
file-aid | File-AID | tool | fileaid | mainframe
xpeditor | Xpeditor | tool | | mainframe, debugging
spufi | SPUFI | tool | | mainframe, db2
qmf | QMF | tool | ibm qmf | mainframe, db2
endevor | Endevor | tool | ca endevor | mainframe, version-control
sap-idoc | SAP IDoc | tool | idocs, idoc | sap-abap-tools
sap-bapi | BAPI | tool | bapi, bapis | sap-abap-tools
sap-smartforms | SAP Smart Forms | tool | smartforms, sap smartforms, smart forms | sap-abap-tools | sapscript:0.7
sapscript | SAPscript | tool | | sap-abap-tools | sap-smartforms:0.7
sap-alv | ALV Reports | tool | alv reports, alv | sap-abap-tools
sap-badi | BAdI | tool | badi, badis | sap-abap-tools | sap-user-exits:0.7 | amb=badi
sap-user-exits | User Exits | tool | user exits | sap-abap-tools
sap-rfc | RFC | tool | remote function call | sap-abap-tools | | amb=RFC
# --- middleware, BPM, RPA, CMS
oracle-soa-suite | Oracle SOA Suite | tool | oracle soa suite, oracle soa, oracle fusion middleware | middleware, soa | oracle-apps:0.4
oracle-service-bus | Oracle Service Bus | tool | oracle service bus, oracle osb, osb | middleware, soa | oracle-soa-suite:0.7 | amb=OSB
bpel | BPEL | pl | bpel, oracle bpel, ws-bpel | soa | oracle-soa-suite:0.6
oracle-data-integrator | Oracle Data Integrator | tool | odi, oracle data integrator | etl | informatica:0.6 | amb=ODI
appian | Appian | tool | | bpm-tools
camunda | Camunda | tool | | bpm-tools
ibm-bpm | IBM BPM | tool | ibm bpm, ibm business process manager | bpm-tools
bizagi | Bizagi | tool | | bpm-tools
uipath | UiPath | tool | uipath, ui path | rpa | automation-anywhere:0.7, blue-prism:0.7
automation-anywhere | Automation Anywhere | tool | | rpa | uipath:0.7
blue-prism | Blue Prism | tool | blueprism | rpa | uipath:0.7
sitecore | Sitecore | tool | | cms | adobe-experience-manager:0.6
kentico | Kentico | tool | | cms
umbraco | Umbraco | tool | | cms
# --- marketing tools
semrush | Semrush | tool | | seo-tools
ahrefs | Ahrefs | tool | | seo-tools
moz | Moz | tool | moz pro | seo-tools | | amb=moz
buzzsumo | BuzzSumo | tool | | seo-tools
buzzstream | BuzzStream | tool | | seo-tools
google-search-console | Google Search Console | tool | google search console, webmaster tools, google webmaster tools | seo-tools
screaming-frog | Screaming Frog | tool | screaming frog seo spider | seo-tools
yoast | Yoast SEO | tool | yoast | seo-tools
hootsuite | Hootsuite | tool | | social-media-tools
tweetdeck | TweetDeck | tool | tweetdeck, tweet deck | social-media-tools
buffer-app | Buffer App | tool | buffer.com | social-media-tools
sprout-social | Sprout Social | tool | | social-media-tools
later-com | Later.com | tool | | social-media-tools
smart-board | SMART Board | tool | smartboard, smart board | smartboard
smart-notebook | SMART Notebook | tool | smart notebook | smartboard
promethean | Promethean ActivBoard | tool | promethean board, promethean, activboard | smartboard
sdl-trados | SDL Trados | tool | sdl trados, trados, trados studio | translation-tools | memoq:0.7
memoq | memoQ | tool | | translation-tools | sdl-trados:0.7
`;
