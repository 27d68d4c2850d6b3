/** Programming, query, markup and scripting languages people name in ads and resumes. */
export const LANGUAGES = `
# id | Name | cat | aliases | parents | related | flags
programming | Programming | concept | coding, computer programming, programming languages, programming language, software programming | software-development
javascript | JavaScript | pl | JS, java script, ECMAScript, ES6, ES2015, vanilla js, vanilla javascript | programming, web-development | typescript:0.8
typescript | TypeScript | pl | TS | javascript | javascript:0.8 | amb=TS
python | Python | pl | python3, python 3, python2, py, cpython | programming | ruby:0.4, r:0.3 | amb=py
java | Java | pl | core java, java se, j2se, jdk, java 8, java8, java 11, java 17, oracle java | programming | kotlin:0.6, csharp:0.5, scala:0.4
kotlin | Kotlin | pl | kotlin lang | programming | java:0.6
scala | Scala | pl | | programming | java:0.4
c | C | pl | c language, c programming, ansi c, embedded c, c lang, c89, c99, c11 | programming | cpp:0.6 | amb
cpp | C++ | pl | cpp, c plus plus, cplusplus, modern c++, c++11, c++14, c++17, c++20, visual c++, vc++ | programming | c:0.6, csharp:0.4, rust:0.4
csharp | C# | pl | c sharp, csharp, c#.net, visual c# | programming, dotnet | java:0.5, cpp:0.4
go | Go | pl | golang, go lang, go language, go programming | programming | rust:0.3 | amb=Go;GO
rust | Rust | pl | rust lang, rustlang | programming | cpp:0.4, go:0.3 | amb
ruby | Ruby | pl | | programming | python:0.4 | amb
php | PHP | pl | php5, php7, php 7, php 8 | programming, web-development
perl | Perl | pl | perl5 | programming, scripting | python:0.3
swift | Swift | pl |  | programming, ios-development | objective-c:0.6 | amb
objective-c | Objective-C | pl | objc, obj-c, objective c | programming, ios-development | swift:0.6
r | R | pl | r language, r programming, rlang, r studio, rstudio | programming, statistics | python:0.3 | amb
matlab | MATLAB | pl | the mathworks matlab, mathworks matlab | programming | r:0.3, python:0.3
julia | Julia | pl | julia lang | programming | python:0.3 | amb
dart | Dart | pl | | programming | flutter:0.5 | amb
lua | Lua | pl | | programming, scripting
haskell | Haskell | pl | | programming, functional-programming
elixir | Elixir | pl | | programming, functional-programming | erlang:0.6 | amb
erlang | Erlang | pl | | programming, functional-programming | elixir:0.6
clojure | Clojure | pl | | programming, functional-programming
fsharp | F# | pl | f sharp, fsharp | programming, dotnet, functional-programming | csharp:0.4
ocaml | OCaml | pl | | programming, functional-programming
groovy | Groovy | pl | | programming, scripting | java:0.4 | amb
visual-basic | Visual Basic | pl | vb, vb6, visual basic 6, microsoft visual basic | programming | vbnet:0.6 | amb=VB
vbnet | VB.NET | pl | vb.net, visual basic .net, visual basic.net, vb dot net | programming, dotnet | visual-basic:0.6, csharp:0.5
vba | VBA | pl | visual basic for applications, microsoft visual basic for applications, excel vba, excel macros | programming, excel | visual-basic:0.5
cobol | COBOL | pl | | programming | 
fortran | Fortran | pl | | programming
pascal | Pascal | pl |  | programming | | amb=Pascal
assembly | Assembly | pl | assembly language, asm, assembler, x86 assembly, arm assembly | programming | | amb=Assembly
abap | ABAP | pl | sap abap | programming, sap
apex | Apex | pl | salesforce apex | programming, salesforce | java:0.3 | amb
solidity | Solidity | pl | | programming, blockchain
sql | SQL | pl | structured query language, structured query language sql, sql queries, sql programming | programming, relational-databases
plsql | PL/SQL | pl | pl sql, plsql, pl-sql, oracle pl/sql | sql, oracle-database | tsql:0.6
tsql | T-SQL | pl | transact-sql, transact sql, tsql | sql, sql-server | plsql:0.6
html | HTML | pl | html5, html 5, hypertext markup language, hypertext markup language html, dhtml, xhtml | web-development, frontend-development
css | CSS | pl | css3, css 3, cascading style sheets, cascading style sheets css | web-development, frontend-development | sass:0.6
sass | Sass | fw | scss | css | css:0.6
xml | XML | pl | extensible markup language, extensible markup language xml | data-formats | json:0.5
xslt | XSLT | pl | xsl | xml
json | JSON | concept | javascript object notation, javascript object notation json | data-formats | xml:0.5
yaml | YAML | concept | yml | data-formats
bash | Bash | pl | bash scripting, bash script | shell-scripting | powershell:0.4 | amb
shell-scripting | Shell Scripting | pl | shell script, shell scripts, unix shell, unix shell scripting, linux shell scripting, shell, sh | scripting, linux | bash:0.8 | amb=shell;sh
powershell | PowerShell | pl | microsoft powershell, power shell | scripting, windows | shell-scripting:0.5
scripting | Scripting | concept | scripting languages, automation scripting | programming
vhdl | VHDL | pl | | programming, embedded-systems | verilog:0.7
verilog | Verilog | pl |  | programming, embedded-systems | vhdl:0.7
actionscript | ActionScript | pl | action script, actionscript 3, as3 | programming | javascript:0.3
coffeescript | CoffeeScript | pl | | javascript
tcl | Tcl | pl | tcl/tk | scripting
prolog | Prolog | pl | | programming
lisp | Lisp | pl | common lisp | programming, functional-programming
sas | SAS | tool | sas programming, sas base, base sas, sas enterprise guide | statistics, data-analysis | spss:0.5, r:0.4
graphql | GraphQL | fw | graph ql | apis | rest-api:0.5
`;
