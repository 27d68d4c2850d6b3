/** Web, mobile, backend frameworks and libraries. Line: skillId | kind hours | title | url */
export const WEB = `
react | docs 15 | React: Learn | https://react.dev/learn
react-native | docs 15 | React Native: Getting Started | https://reactnative.dev/docs/getting-started
redux | tutorial 8 | Redux Essentials tutorial | https://redux.js.org/tutorials/essentials/part-1-overview-concepts
nextjs | course 12 | Next.js Learn course | https://nextjs.org/learn
angular | tutorial 15 | Angular tutorials (angular.dev) | https://angular.dev/tutorials
angularjs | docs 10 | AngularJS Developer Guide | https://docs.angularjs.org/guide
vuejs | docs 12 | Vue.js Guide | https://vuejs.org/guide/introduction.html
svelte | interactive 8 | Svelte interactive tutorial | https://svelte.dev/tutorial
jquery | docs 5 | jQuery Learning Center | https://learn.jquery.com/
ajax | docs 3 | MDN: Using the Fetch API | https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch
bootstrap | docs 4 | Bootstrap: Get started | https://getbootstrap.com/docs/5.3/getting-started/introduction/
tailwind | docs 5 | Tailwind CSS documentation | https://tailwindcss.com/docs
nodejs | docs 12 | Node.js Learn | https://nodejs.org/en/learn/getting-started/introduction-to-nodejs
deno | docs 6 | Deno documentation | https://docs.deno.com/
expressjs | docs 5 | Express guide: routing | https://expressjs.com/en/guide/routing.html
nestjs | docs 10 | NestJS documentation: first steps | https://docs.nestjs.com/first-steps
django | tutorial 10 | Django tutorial: writing your first app | https://docs.djangoproject.com/en/stable/intro/tutorial01/
flask | tutorial 6 | Flask tutorial | https://flask.palletsprojects.com/en/stable/tutorial/
fastapi | tutorial 8 | FastAPI tutorial - user guide | https://fastapi.tiangolo.com/tutorial/
spring | guide 15 | Spring guides | https://spring.io/guides
spring-boot | tutorial 10 | Building an application with Spring Boot | https://spring.io/guides/gs/spring-boot/
hibernate | docs 12 | Hibernate ORM documentation | https://hibernate.org/orm/documentation/
j2ee | tutorial 30 | The Jakarta EE Tutorial | https://jakarta.ee/learn/docs/jakartaee-tutorial/current/
servlets | tutorial 6 | The Jakarta EE Tutorial: servlets | https://jakarta.ee/learn/docs/jakartaee-tutorial/current/
struts | docs 8 | Apache Struts: getting started | https://struts.apache.org/getting-started/
jdbc | tutorial 4 | JDBC Basics (The Java Tutorials) | https://docs.oracle.com/javase/tutorial/jdbc/basics/
maven | docs 3 | Maven in 5 Minutes | https://maven.apache.org/guides/getting-started/maven-in-five-minutes.html
gradle | docs 5 | Gradle User Manual | https://docs.gradle.org/current/userguide/userguide.html
ant | docs 3 | Apache Ant manual | https://ant.apache.org/manual/
junit | docs 4 | JUnit User Guide | https://junit.org/junit5/docs/current/user-guide/
mocha | docs 3 | Mocha documentation | https://mochajs.org/
pytest | docs 4 | pytest: get started | https://docs.pytest.org/en/stable/getting-started.html
jest | docs 4 | Jest: getting started | https://jestjs.io/docs/getting-started
cypress | docs 6 | Cypress documentation | https://docs.cypress.io/
playwright | docs 6 | Playwright: getting started | https://playwright.dev/docs/intro
selenium | docs 8 | Selenium WebDriver documentation | https://www.selenium.dev/documentation/webdriver/
dotnet | docs 20 | .NET documentation (Microsoft Learn) | https://learn.microsoft.com/en-us/dotnet/
aspnet | docs 12 | ASP.NET Core documentation | https://learn.microsoft.com/en-us/aspnet/core/
entity-framework | tutorial 8 | Getting started with EF Core | https://learn.microsoft.com/en-us/ef/core/get-started/overview/first-app
wpf | docs 10 | WPF documentation (Microsoft Learn) | https://learn.microsoft.com/en-us/dotnet/desktop/wpf/
rails | docs 10 | Rails Guides: Getting Started with Rails | https://guides.rubyonrails.org/getting_started.html
laravel | tutorial 10 | Laravel Bootcamp | https://bootcamp.laravel.com/
symfony | docs 10 | Symfony documentation | https://symfony.com/doc/current/index.html
codeigniter | tutorial 8 | CodeIgniter 4 tutorial | https://codeigniter.com/user_guide/tutorial/index.html
wordpress | course 10 | Learn WordPress | https://learn.wordpress.org/
drupal | docs 10 | Drupal User Guide | https://www.drupal.org/docs/user_guide/en/index.html
joomla | docs 6 | Joomla documentation | https://docs.joomla.org/
magento | docs 10 | Adobe Commerce developer documentation | https://developer.adobe.com/commerce/docs/
shopify | docs 8 | Shopify developer documentation | https://shopify.dev/docs
cms | course 10 | Learn WordPress (content management basics) | https://learn.wordpress.org/
flutter | docs 12 | Flutter: get started | https://docs.flutter.dev/get-started
android | course 30 | Android Basics with Compose | https://developer.android.com/courses/android-basics-compose/course
ios-development | tutorial 20 | SwiftUI tutorials (Apple) | https://developer.apple.com/tutorials/swiftui
xamarin | docs 10 | .NET MAUI documentation (successor to Xamarin) | https://learn.microsoft.com/en-us/dotnet/maui/
ionic | docs 8 | Ionic Framework documentation | https://ionicframework.com/docs
qt | docs 15 | Qt documentation: getting started | https://doc.qt.io/qt-6/gettingstarted.html
opengl | tutorial 25 | LearnOpenGL | https://learnopengl.com/
unity | course 30 | Unity Learn: Unity Essentials | https://learn.unity.com/pathway/unity-essentials
unreal-engine | course 30 | Unreal Engine learning library | https://dev.epicgames.com/community/unreal-engine/learning
mfc | docs 10 | MFC desktop applications (Microsoft Learn) | https://learn.microsoft.com/en-us/cpp/mfc/mfc-desktop-applications
boost | docs 10 | Boost: getting started | https://www.boost.org/doc/libs/release/more/getting_started/
swing | tutorial 10 | Creating a GUI with Swing (The Java Tutorials) | https://docs.oracle.com/javase/tutorial/uiswing/
graphql | docs 6 | Learn GraphQL | https://graphql.org/learn/
grpc | docs 4 | gRPC: introduction and quick starts | https://grpc.io/docs/what-is-grpc/introduction/
rest-api | guide 4 | RESTful web API design (Microsoft Azure Architecture Center) | https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design
soap | docs 3 | SOAP Version 1.2 Primer (W3C) | https://www.w3.org/TR/soap12-part0/
web-services | guide 4 | RESTful web API design (Microsoft Azure Architecture Center) | https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design
apis | tutorial 4 | MDN: Introduction to web APIs | https://developer.mozilla.org/en-US/docs/Learn_web_development/Extensions/Client-side_APIs/Introduction
microservices | guide 6 | Microservice architecture patterns (microservices.io) | https://microservices.io/patterns/microservices.html
orm | tutorial 8 | SQLAlchemy Unified Tutorial | https://docs.sqlalchemy.org/en/20/tutorial/
mvc | docs 1 | MDN glossary: MVC | https://developer.mozilla.org/en-US/docs/Glossary/MVC
log4j | docs 4 | Apache Log4j manual | https://logging.apache.org/log4j/2.x/manual/
tomcat | docs 6 | Apache Tomcat documentation | https://tomcat.apache.org/tomcat-10.1-doc/
jboss | docs 8 | WildFly documentation | https://docs.wildfly.org/
weblogic | docs 10 | Oracle WebLogic Server documentation | https://docs.oracle.com/en/middleware/standalone/weblogic-server/
websphere | guide 8 | Open Liberty guides | https://openliberty.io/guides/
apache-http | docs 6 | Apache HTTP Server documentation | https://httpd.apache.org/docs/2.4/
nginx | docs 3 | nginx beginner's guide | https://nginx.org/en/docs/beginners_guide.html
iis | docs 4 | Introduction to IIS architecture | https://learn.microsoft.com/en-us/iis/get-started/introduction-to-iis/introduction-to-iis-architecture
web-development | course 100 | The Odin Project | https://www.theodinproject.com/
web-development | course 60 | MDN: Learn web development | https://developer.mozilla.org/en-US/docs/Learn_web_development
frontend-development | course 60 | MDN: Learn web development | https://developer.mozilla.org/en-US/docs/Learn_web_development
backend-development | course 80 | The Odin Project: Full Stack JavaScript | https://www.theodinproject.com/paths/full-stack-javascript
mobile-development | course 30 | Android Basics with Compose | https://developer.android.com/courses/android-basics-compose/course
game-development | course 30 | Unity Learn: Unity Essentials | https://learn.unity.com/pathway/unity-essentials
web-design | course 12 | Learn Design (web.dev) | https://web.dev/learn/design
`;
