/**
 * What to learn first, where the taxonomy's parent links are not enough (Linux before
 * Kubernetes is not a parent link). Line: skillId: prerequisite, prerequisite
 */
export const PREREQUISITES = `
typescript: javascript
react: javascript, html, css
vuejs: javascript, html, css
angular: typescript, html, css
angularjs: javascript, html, css
svelte: javascript, html, css
jquery: javascript, html
nextjs: react
redux: react
react-native: react
nodejs: javascript
expressjs: nodejs
nestjs: nodejs, typescript
jest: javascript
mocha: javascript
cypress: javascript
sass: css
tailwind: css
bootstrap: css, html
pandas: python
numpy: python
scipy: numpy
matplotlib: python
scikit-learn: pandas, numpy
xgboost: scikit-learn
tensorflow: machine-learning
keras: machine-learning
pytorch: machine-learning
huggingface: pytorch
langchain: python
spacy: python
opencv: python
machine-learning: python, statistics
deep-learning: machine-learning
nlp: machine-learning
computer-vision: deep-learning
mlops: machine-learning, docker
django: python
flask: python
fastapi: python
pytest: python
airflow: python
spark: python
hadoop: linux, java
hive: sql
dbt: sql
kafka: linux
flink: java
spring: java
spring-boot: spring
hibernate: java, sql
junit: java
maven: java
gradle: java
j2ee: java
servlets: java
struts: java
jdbc: java, sql
kotlin: java
android: kotlin
ios-development: swift
flutter: dart
laravel: php
symfony: php
codeigniter: php
rails: ruby
aspnet: csharp, dotnet
entity-framework: csharp, sql
wpf: csharp
dotnet: csharp
postgresql: sql
mysql: sql
sql-server: sql
oracle-database: sql
plsql: oracle-database
tsql: sql-server
ssis: sql-server
ssrs: sql-server
snowflake: sql
bigquery: sql
redshift: sql
data-warehousing: sql
etl: sql
docker: linux
kubernetes: linux, docker
openshift: kubernetes
ansible: linux
terraform: cloud-computing
cloudformation: aws
pulumi: cloud-computing
aws-ec2: aws, linux
aws-s3: aws
aws-lambda: aws
dynamodb: aws
azure-functions: azure
jenkins: git
github-actions: git, github
gitlab: git
ci-cd: git
prometheus: linux
shell-scripting: linux
bash: linux
graphql: apis
grpc: apis
microservices: apis, docker
rest-api: apis
selenium: programming
test-automation: testing
performance-testing: testing
api-testing: rest-api
scrum: agile
kanban: agile
safe: scrum
six-sigma: lean
penetration-testing: networking, linux
network-security: networking
tableau: data-analysis
power-bi: data-analysis, excel
`;

/** Lines "skillId: prerequisite, prerequisite" as a map ("#" starts a comment line). */
export function parsePrerequisites(block: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const raw of block.split("\n")) {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith("#")) continue;
    const [id, rest] = line.split(":");
    out.set(
      id!.trim(),
      (rest ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    );
  }
  return out;
}

let shipped: ReadonlyMap<string, string[]> | undefined;

/** The shipped prerequisite list, parsed once. */
export function shippedPrerequisites(): ReadonlyMap<string, string[]> {
  shipped ??= parsePrerequisites(PREREQUISITES);
  return shipped;
}
