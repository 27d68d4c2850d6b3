/** Web, mobile, backend and general frameworks and libraries. */
export const FRAMEWORKS = `
# id | Name | cat | aliases | parents | related | flags
react | React | fw | reactjs, react.js, react js, react hooks, redux-react | javascript, frontend-development | vuejs:0.5, angular:0.5, react-native:0.5 | amb=React
react-native | React Native | fw | reactnative | react, mobile-development | flutter:0.5
redux | Redux | fw | redux toolkit, redux saga | react
nextjs | Next.js | fw | nextjs, next js | react
angular | Angular | fw | angular 2, angular2, angular 8, google angular, angular framework | typescript, frontend-development | angularjs:0.7, react:0.5, vuejs:0.5 | amb=Angular
angularjs | AngularJS | fw | angular.js, angular js, angular 1 | javascript, frontend-development | angular:0.7
vuejs | Vue.js | fw | vue, vuejs, vue js, vue 3 | javascript, frontend-development | react:0.5, angular:0.5
svelte | Svelte | fw | sveltekit | javascript, frontend-development | react:0.4
jquery | jQuery | fw | jquery ui | javascript | 
ajax | AJAX | concept | asynchronous javascript | javascript, web-development
bootstrap | Bootstrap | fw | twitter bootstrap | css, frontend-development | tailwind:0.5 | amb
tailwind | Tailwind CSS | fw | tailwind, tailwindcss | css | bootstrap:0.5
nodejs | Node.js | fw | node, nodejs, node js, node.js | javascript, backend-development | deno:0.6 | amb=node
deno | Deno | fw | | javascript, backend-development | nodejs:0.6
expressjs | Express.js | fw | express, expressjs, express js | nodejs | nestjs:0.6 | amb=express
nestjs | NestJS | fw | nest.js, nest js | nodejs, typescript | expressjs:0.6
django | Django | fw |  | python, backend-development | flask:0.6, fastapi:0.6
flask | Flask | fw | | python, backend-development | django:0.6, fastapi:0.7 | amb
fastapi | FastAPI | fw | fast api | python, backend-development | flask:0.7, django:0.6
spring | Spring | fw | spring framework, spring mvc, spring core, spring security | java, backend-development | spring-boot:0.8 | amb
spring-boot | Spring Boot | fw | springboot | spring | spring:0.8
hibernate | Hibernate | fw | hibernate orm | java, orm
j2ee | Java EE | fw | j2ee, jee, java ee, jakarta ee, java enterprise edition, oracle java 2 platform enterprise edition j2ee | java | spring:0.5
servlets | Servlets & JSP | fw | servlets, servlet, jsp, java server pages, javaserver pages, oracle javaserver pages jsp, jstl | j2ee, java
struts | Apache Struts | fw | struts, struts2, apache struts | java | spring:0.5
jdbc | JDBC | fw | | java, sql
maven | Maven | tool | apache maven | java, build-tools | gradle:0.6
gradle | Gradle | tool | | java, build-tools | maven:0.6
ant | Apache Ant | tool | apache ant, ant | java, build-tools | maven:0.5 | amb=ant
junit | JUnit | fw | junit5, junit 5, junit4 | java, unit-testing | pytest:0.4
mocha | Mocha | fw | mocha js | javascript, unit-testing | jest:0.7 | amb=Mocha
pytest | pytest | fw | py.test | python, unit-testing | junit:0.4
jest | Jest | fw |  | javascript, unit-testing | | amb=Jest
cypress | Cypress | tool | cypress.io | test-automation | selenium:0.5, playwright:0.7 | amb
playwright | Playwright | tool | | test-automation | cypress:0.7, selenium:0.6 | amb
selenium | Selenium | tool | selenium webdriver, webdriver, selenium ide, selenium grid | test-automation | cypress:0.5, playwright:0.6
dotnet | .NET | fw | dotnet, .net framework, .net core, dot net, microsoft .net framework, microsoft .net, asp.net core, net core | backend-development | java:0.3
aspnet | ASP.NET | fw | asp.net, asp .net, asp.net mvc, asp dotnet, microsoft asp.net, asp | dotnet, web-development
entity-framework | Entity Framework | fw | ef core, entity framework core | dotnet, orm
wpf | WPF | fw | windows presentation foundation | dotnet
rails | Ruby on Rails | fw | rails, ror, ruby on rails | ruby, backend-development | django:0.4 | amb=rails;ror
laravel | Laravel | fw | | php, backend-development | symfony:0.6
symfony | Symfony | fw | | php, backend-development | laravel:0.6
codeigniter | CodeIgniter | fw | code igniter | php | laravel:0.5
wordpress | WordPress | tool | word press, wp | cms, php | drupal:0.5, joomla:0.5 | amb=wp
drupal | Drupal | tool | drush | cms, php | wordpress:0.5, joomla:0.5
joomla | Joomla | tool | | cms, php | wordpress:0.5, drupal:0.5
magento | Magento | tool | adobe commerce | ecommerce, php | shopify:0.5
shopify | Shopify | tool | | ecommerce | magento:0.5
cms | Content Management Systems | concept | cms, content management system, content management | web-development
flutter | Flutter | fw | | dart, mobile-development | react-native:0.5
android | Android | tool | android development, android sdk, google android, android application, android apps | mobile-development | ios-development:0.4
ios-development | iOS | tool | ios, apple ios, ios development, iphone development | mobile-development | android:0.4
xamarin | Xamarin | fw | | csharp, mobile-development | react-native:0.4
ionic | Ionic | fw |  | mobile-development, javascript | react-native:0.4 | amb=Ionic
qt | Qt | fw | qt5, qt creator, pyqt | cpp | | amb=Qt
opengl | OpenGL | fw |  | computer-graphics
unity | Unity | tool | unity3d, unity 3d, unity engine | game-development, csharp | unreal-engine:0.5 | amb=Unity
unreal-engine | Unreal Engine | tool | unreal, ue4, ue5 | game-development, cpp | unity:0.5
mfc | MFC | fw | microsoft foundation classes | cpp, windows
boost | Boost | fw | boost c++ | cpp | | amb
swing | Java Swing | fw | swing, javafx | java | | amb=swing
pandas | pandas | fw | | python, data-analysis | numpy:0.6 | amb
numpy | NumPy | fw | | python, data-analysis | pandas:0.6, scipy:0.6
scipy | SciPy | fw | | python | numpy:0.6
matplotlib | Matplotlib | fw |  | python, data-visualization
scikit-learn | scikit-learn | fw | sklearn, scikit learn, scikit | python, machine-learning | xgboost:0.5
xgboost | XGBoost | fw |  | machine-learning | scikit-learn:0.5
tensorflow | TensorFlow | fw | tensor flow, tf, tf2, tensorflow 2 | deep-learning, python | pytorch:0.7, keras:0.7 | amb=TF
keras | Keras | fw | | deep-learning, python | tensorflow:0.7, pytorch:0.6
pytorch | PyTorch | fw | torch, py torch | deep-learning, python | tensorflow:0.7, keras:0.6 | amb=torch
huggingface | Hugging Face Transformers | fw | hugging face, huggingface, transformers library | nlp, deep-learning | pytorch:0.4
langchain | LangChain | fw |  | llm |
opencv | OpenCV | fw | open cv | computer-vision
spacy | spaCy | fw |  | nlp, python
spark | Apache Spark | fw | spark, apache spark, pyspark, spark sql, spark streaming, databricks spark | big-data | hadoop:0.5, flink:0.5 | amb=spark
hadoop | Hadoop | fw | apache hadoop | big-data | spark:0.5
hive | Apache Hive | fw | hive, apache hive, hiveql, impala | big-data, sql | spark:0.4 | amb=hive
kafka | Apache Kafka | tool | kafka, apache kafka, kafka streams | big-data, message-queues | rabbitmq:0.5, kinesis:0.6
flink | Apache Flink | fw | flink | big-data | spark:0.5
airflow | Apache Airflow | tool | airflow, apache airflow | data-engineering | |
dbt | dbt | tool | data build tool, dbt core | data-engineering, sql | | amb
rabbitmq | RabbitMQ | tool | rabbit mq | message-queues | kafka:0.5
grpc | gRPC | fw |  | apis | rest-api:0.4
rest-api | REST APIs | concept | rest, restful, rest api, restful api, restful apis, restful services, rest services, restful web services | apis, web-services | graphql:0.5, soap:0.5 | amb=rest
soap | SOAP | concept | soap web services, wsdl | web-services | rest-api:0.5 | amb=soap
web-services | Web Services | concept | webservices, web service | apis, backend-development
apis | APIs | concept | api, api development, api design, api integration, apis | backend-development
microservices | Microservices | concept | microservice, micro services, microservice architecture, microservices architecture | software-architecture | 
orm | ORM | concept | object relational mapping | relational-databases
mvc | MVC | concept | model view controller, mvvm | software-architecture
log4j | Log4j | fw |  | java
tomcat | Apache Tomcat | tool | tomcat, apache tomcat | application-servers | jboss:0.5
jboss | JBoss | tool | wildfly, jboss eap | application-servers | tomcat:0.5, weblogic:0.5
weblogic | WebLogic | tool | oracle weblogic, web logic, weblogic server | application-servers | websphere:0.6
websphere | WebSphere | tool | ibm websphere, websphere application server | application-servers | weblogic:0.6
application-servers | Application Servers | concept | application server, app server | backend-development
apache-http | Apache HTTP Server | tool | apache, apache web server, apache http server, httpd | web-servers | nginx:0.6 | amb=apache
nginx | Nginx | tool | | web-servers | apache-http:0.6
iis | IIS | tool | internet information services, microsoft iis | web-servers, windows | apache-http:0.5
web-servers | Web Servers | concept | web server | backend-development
`;
