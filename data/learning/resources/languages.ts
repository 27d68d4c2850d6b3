/** Programming, query, markup and scripting languages. Line: skillId | kind hours | title | url */
export const LANGUAGES = `
javascript | docs 20 | MDN JavaScript Guide | https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide
javascript | tutorial 40 | The Modern JavaScript Tutorial | https://javascript.info/
typescript | docs 12 | The TypeScript Handbook | https://www.typescriptlang.org/docs/handbook/intro.html
python | docs 10 | The Python Tutorial (python.org) | https://docs.python.org/3/tutorial/
python | course 40 | CS50's Introduction to Programming with Python | https://cs50.harvard.edu/python/
java | tutorial 30 | Learn Java (dev.java) | https://dev.java/learn/
java | tutorial 30 | The Java Tutorials (Oracle) | https://docs.oracle.com/javase/tutorial/
kotlin | docs 15 | Kotlin docs: Get started | https://kotlinlang.org/docs/getting-started.html
scala | docs 15 | Tour of Scala | https://docs.scala-lang.org/tour/tour-of-scala.html
c | book 25 | Beej's Guide to C Programming | https://beej.us/guide/bgc/
cpp | tutorial 40 | LearnCpp.com | https://www.learncpp.com/
csharp | docs 20 | C# documentation: get started (Microsoft Learn) | https://learn.microsoft.com/en-us/dotnet/csharp/
go | interactive 8 | A Tour of Go | https://go.dev/tour/
go | docs 10 | Effective Go | https://go.dev/doc/effective_go
rust | book 40 | The Rust Programming Language | https://doc.rust-lang.org/book/
ruby | docs 6 | Ruby documentation and quickstart | https://www.ruby-lang.org/en/documentation/quickstart/
php | docs 15 | PHP Manual: Getting Started | https://www.php.net/manual/en/getting-started.php
perl | docs 10 | perlintro: a brief introduction to Perl | https://perldoc.perl.org/perlintro
swift | book 25 | The Swift Programming Language | https://docs.swift.org/swift-book/documentation/the-swift-programming-language/
objective-c | guide 12 | Programming with Objective-C (Apple) | https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/ProgrammingWithObjectiveC/Introduction/Introduction.html
r | book 30 | R for Data Science (2e) | https://r4ds.hadley.nz/
matlab | interactive 2 | MATLAB Onramp (MathWorks) | https://matlabacademy.mathworks.com/details/matlab-onramp/gettingstarted
julia | docs 10 | Julia manual: Getting Started | https://docs.julialang.org/en/v1/manual/getting-started/
dart | docs 8 | Dart language tour | https://dart.dev/language
lua | book 15 | Programming in Lua (first edition, online) | https://www.lua.org/pil/contents.html
haskell | book 30 | Learn You a Haskell for Great Good! | https://learnyouahaskell.com/
elixir | docs 10 | Elixir introduction guide | https://hexdocs.pm/elixir/introduction.html
erlang | book 30 | Learn You Some Erlang for Great Good! | https://learnyousomeerlang.com/
clojure | book 25 | Clojure for the Brave and True | https://www.braveclojure.com/
fsharp | docs 12 | F# documentation (Microsoft Learn) | https://learn.microsoft.com/en-us/dotnet/fsharp/
ocaml | book 30 | Real World OCaml | https://dev.realworldocaml.org/
groovy | docs 8 | Apache Groovy documentation | https://groovy-lang.org/documentation.html
visual-basic | docs 10 | Visual Basic documentation (Microsoft Learn) | https://learn.microsoft.com/en-us/dotnet/visual-basic/
vbnet | docs 10 | Visual Basic .NET documentation (Microsoft Learn) | https://learn.microsoft.com/en-us/dotnet/visual-basic/
vba | docs 8 | Getting started with VBA in Office | https://learn.microsoft.com/en-us/office/vba/library-reference/concepts/getting-started-with-vba-in-office
cobol | course 20 | Open Mainframe Project COBOL Programming Course | https://github.com/openmainframeproject/cobol-programming-course
fortran | tutorial 8 | Fortran-lang quickstart tutorial | https://fortran-lang.org/learn/quickstart/
pascal | docs 10 | Free Pascal documentation | https://www.freepascal.org/docs.html
assembly | guide 8 | x86 Assembly Guide (University of Virginia CS216) | https://www.cs.virginia.edu/~evans/cs216/guides/x86.html
abap | course 20 | SAP Learning: ABAP learning journeys | https://learning.sap.com/
apex | interactive 10 | Trailhead: Apex Basics & Database | https://trailhead.salesforce.com/content/learn/modules/apex_database
solidity | docs 10 | Solidity documentation | https://docs.soliditylang.org/
sql | interactive 8 | SQLBolt: interactive SQL lessons | https://sqlbolt.com/
sql | tutorial 10 | PostgreSQL Tutorial: the SQL language | https://www.postgresql.org/docs/current/tutorial-sql.html
plsql | docs 15 | Oracle PL/SQL Language Reference | https://docs.oracle.com/en/database/oracle/oracle-database/19/lnpls/
tsql | tutorial 6 | Tutorial: Writing Transact-SQL statements | https://learn.microsoft.com/en-us/sql/t-sql/tutorial-writing-transact-sql-statements
html | tutorial 10 | MDN: Structuring content with HTML | https://developer.mozilla.org/en-US/docs/Learn_web_development/Core/Structuring_content
css | tutorial 15 | MDN: CSS styling basics | https://developer.mozilla.org/en-US/docs/Learn_web_development/Core/Styling_basics
sass | docs 4 | Sass Basics | https://sass-lang.com/guide/
xml | docs 4 | MDN: XML introduction | https://developer.mozilla.org/en-US/docs/Web/XML
xslt | docs 6 | MDN: XSLT | https://developer.mozilla.org/en-US/docs/Web/XML/XSLT
json | docs 1 | Introducing JSON (json.org) | https://www.json.org/json-en.html
yaml | tutorial 1 | Learn YAML in Y minutes | https://learnxinyminutes.com/docs/yaml/
bash | docs 10 | GNU Bash Reference Manual | https://www.gnu.org/software/bash/manual/bash.html
bash | book 20 | The Linux Command Line (William Shotts) | https://linuxcommand.org/tlcl.php
shell-scripting | book 20 | The Linux Command Line: writing shell scripts | https://linuxcommand.org/tlcl.php
powershell | tutorial 10 | PowerShell 101 (Microsoft Learn) | https://learn.microsoft.com/en-us/powershell/scripting/learn/ps101/00-introduction
vhdl | tutorial 15 | ASIC World VHDL tutorial | https://www.asic-world.com/vhdl/
verilog | tutorial 15 | ASIC World Verilog tutorial | https://www.asic-world.com/verilog/veritut.html
coffeescript | docs 3 | CoffeeScript documentation | https://coffeescript.org/
tcl | tutorial 6 | Tcl tutorial (tcl.tk) | https://www.tcl.tk/man/tcl/tutorial/tcltutorial.html
prolog | book 15 | Learn Prolog Now! | https://www.learnprolognow.org/
lisp | book 30 | Practical Common Lisp | https://gigamonkeys.com/book/
programming | course 60 | CS50x: Introduction to Computer Science | https://cs50.harvard.edu/x/
`;
