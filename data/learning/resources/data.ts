/** Databases, data engineering, analytics and machine learning. Line: skillId | kind hours | title | url */
export const DATA = `
databases | course 40 | CMU 15-445/645 Intro to Database Systems | https://15445.courses.cs.cmu.edu/
relational-databases | tutorial 8 | PostgreSQL Tutorial | https://www.postgresql.org/docs/current/tutorial.html
nosql | course 10 | MongoDB University | https://learn.mongodb.com/
database-design | guide 3 | Database design basics (Microsoft Support) | https://support.microsoft.com/en-us/office/database-design-basics-eb2159cf-1e30-401a-8084-bd4f9c9ca1f5
database-design | guide 10 | Use The Index, Luke: SQL indexing and tuning | https://use-the-index-luke.com/
postgresql | tutorial 8 | PostgreSQL Tutorial | https://www.postgresql.org/docs/current/tutorial.html
mysql | tutorial 6 | MySQL Reference Manual: Tutorial | https://dev.mysql.com/doc/refman/8.0/en/tutorial.html
mariadb | docs 6 | MariaDB training & tutorials | https://mariadb.com/kb/en/training-tutorials/
sql-server | tutorial 10 | SQL Server tutorials (Microsoft Learn) | https://learn.microsoft.com/en-us/sql/sql-server/tutorials-for-sql-server-2016
oracle-database | interactive 10 | Oracle Live SQL | https://livesql.oracle.com/
oracle-database | docs 15 | Oracle Database Concepts | https://docs.oracle.com/en/database/oracle/oracle-database/19/cncpt/
db2 | docs 10 | IBM Db2 documentation | https://www.ibm.com/docs/en/db2
sqlite | docs 2 | SQLite quickstart | https://www.sqlite.org/quickstart.html
teradata | docs 10 | Teradata documentation | https://docs.teradata.com/
ms-access | guide 6 | Microsoft Access help & learning | https://support.microsoft.com/en-us/access
mongodb | course 10 | MongoDB University | https://learn.mongodb.com/
cassandra | docs 4 | Apache Cassandra quickstart | https://cassandra.apache.org/_/quickstart.html
redis | docs 4 | Redis: get started | https://redis.io/docs/latest/get-started/
redis | course 8 | Redis University | https://university.redis.io/
dynamodb | docs 4 | Getting started with DynamoDB | https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GettingStartedDynamoDB.html
couchdb | docs 4 | Apache CouchDB: introduction | https://docs.couchdb.org/en/stable/intro/index.html
neo4j | course 8 | Neo4j GraphAcademy | https://graphacademy.neo4j.com/
elasticsearch | docs 6 | Elasticsearch: getting started | https://www.elastic.co/guide/en/elasticsearch/reference/current/getting-started.html
caching | docs 2 | MDN: HTTP caching | https://developer.mozilla.org/en-US/docs/Web/HTTP/Caching
snowflake | docs 6 | Getting started with Snowflake | https://docs.snowflake.com/en/user-guide-getting-started
redshift | docs 4 | Amazon Redshift getting started | https://docs.aws.amazon.com/redshift/latest/gsg/new-user-serverless.html
bigquery | docs 4 | BigQuery quickstarts | https://cloud.google.com/bigquery/docs/quickstarts
data-warehousing | guide 2 | What is a data warehouse? (AWS) | https://aws.amazon.com/what-is/data-warehouse/
data-warehousing | course 40 | Data Engineering Zoomcamp (DataTalks.Club) | https://github.com/DataTalksClub/data-engineering-zoomcamp
etl | guide 2 | What is ETL? (AWS) | https://aws.amazon.com/what-is/etl/
informatica | docs 10 | Informatica documentation | https://docs.informatica.com/
talend | docs 8 | Talend help center | https://help.talend.com/
ssis | tutorial 6 | SSIS tutorial: create a simple ETL package | https://learn.microsoft.com/en-us/sql/integration-services/ssis-how-to-create-an-etl-package
ssrs | tutorial 4 | SSRS tutorial: create a basic table report | https://learn.microsoft.com/en-us/sql/reporting-services/create-a-basic-table-report-ssrs-tutorial
data-engineering | course 60 | Data Engineering Zoomcamp (DataTalks.Club) | https://github.com/DataTalksClub/data-engineering-zoomcamp
big-data | docs 10 | Apache Spark quick start | https://spark.apache.org/docs/latest/quick-start.html
data-science | book 30 | Python Data Science Handbook | https://jakevdp.github.io/PythonDataScienceHandbook/
data-analysis | course 4 | Kaggle Learn: Pandas | https://www.kaggle.com/learn/pandas
data-analysis | book 30 | Python Data Science Handbook | https://jakevdp.github.io/PythonDataScienceHandbook/
data-analysis | tutorial 4 | GCFGlobal: Excel PivotTables and data analysis | https://edu.gcfglobal.org/en/excel/intro-to-pivottables/1/
data-analysis | guide 4 | Looker Studio help: build a dashboard report | https://support.google.com/looker-studio/
data-analysis | course 40 | Google Data Analytics certificate (Coursera, free to audit) | https://www.coursera.org/professional-certificates/google-data-analytics
data-visualization | course 4 | Kaggle Learn: Data Visualization | https://www.kaggle.com/learn/data-visualization
data-mining | book 40 | Mining of Massive Datasets | https://www.mmds.org/
statistics | course 40 | Khan Academy: Statistics and probability | https://www.khanacademy.org/math/statistics-probability
statistics | book 40 | OpenIntro Statistics | https://www.openintro.org/book/os/
machine-learning | course 15 | Google Machine Learning Crash Course | https://developers.google.com/machine-learning/crash-course
machine-learning | course 10 | Kaggle Learn: Intro to Machine Learning | https://www.kaggle.com/learn/intro-to-machine-learning
deep-learning | book 60 | Dive into Deep Learning | https://d2l.ai/
nlp | course 30 | Hugging Face LLM Course | https://huggingface.co/learn/llm-course
nlp | course 40 | Stanford CS224N: NLP with Deep Learning | https://web.stanford.edu/class/cs224n/
computer-vision | course 40 | Stanford CS231n: Deep Learning for Computer Vision | https://cs231n.github.io/
llm | course 30 | Hugging Face LLM Course | https://huggingface.co/learn/llm-course
artificial-intelligence | course 30 | Elements of AI | https://www.elementsofai.com/
mlops | course 30 | Made With ML | https://madewithml.com/
mlops | course 40 | MLOps Zoomcamp (DataTalks.Club) | https://github.com/DataTalksClub/mlops-zoomcamp
jupyter | docs 2 | Jupyter documentation: get started | https://docs.jupyter.org/en/latest/start/index.html
excel | course 10 | GCFGlobal: Excel tutorials | https://edu.gcfglobal.org/en/excel/
excel | guide 6 | Excel help & learning (Microsoft Support) | https://support.microsoft.com/en-us/excel
tableau | video 10 | Tableau free training videos | https://www.tableau.com/learn/training
power-bi | course 12 | Power BI training (Microsoft Learn) | https://learn.microsoft.com/en-us/training/powerplatform/power-bi
looker | docs 6 | Looker documentation | https://cloud.google.com/looker/docs/intro
business-intelligence | course 20 | Microsoft Learn: data analytics learning paths | https://learn.microsoft.com/en-us/training/powerplatform/power-bi
spss | docs 10 | IBM SPSS Statistics documentation | https://www.ibm.com/docs/en/spss-statistics
stata | guide 10 | Resources for learning Stata | https://www.stata.com/links/resources-for-learning-stata/
alteryx | course 8 | Alteryx Community: Learn | https://community.alteryx.com/t5/Learn/ct-p/learn
google-analytics | course 8 | Google Skillshop: Google Analytics | https://skillshop.withgoogle.com/
web-analytics | course 8 | Google Skillshop: Google Analytics | https://skillshop.withgoogle.com/
pandas | docs 6 | pandas getting started tutorials | https://pandas.pydata.org/docs/getting_started/intro_tutorials/
pandas | course 4 | Kaggle Learn: Pandas | https://www.kaggle.com/learn/pandas
numpy | docs 4 | NumPy: the absolute basics for beginners | https://numpy.org/doc/stable/user/absolute_beginners.html
scipy | docs 6 | SciPy user guide | https://docs.scipy.org/doc/scipy/tutorial/
matplotlib | docs 4 | Matplotlib quick start guide | https://matplotlib.org/stable/users/explain/quick_start.html
scikit-learn | docs 10 | scikit-learn tutorials | https://scikit-learn.org/stable/tutorial/
xgboost | docs 4 | XGBoost tutorials | https://xgboost.readthedocs.io/en/stable/tutorials/
tensorflow | docs 15 | TensorFlow tutorials | https://www.tensorflow.org/tutorials
keras | docs 8 | Keras: getting started | https://keras.io/getting_started/
pytorch | docs 15 | PyTorch: Learn the Basics | https://pytorch.org/tutorials/beginner/basics/intro.html
huggingface | course 20 | Hugging Face LLM Course | https://huggingface.co/learn/llm-course
langchain | docs 8 | LangChain tutorials | https://python.langchain.com/docs/tutorials/
opencv | docs 10 | OpenCV-Python tutorials | https://docs.opencv.org/4.x/d6/d00/tutorial_py_root.html
spacy | course 8 | Advanced NLP with spaCy | https://course.spacy.io/
spark | docs 10 | Apache Spark quick start | https://spark.apache.org/docs/latest/quick-start.html
hadoop | docs 8 | Hadoop: setting up a single node cluster | https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-common/SingleCluster.html
hive | docs 6 | Apache Hive: getting started | https://cwiki.apache.org/confluence/display/Hive/GettingStarted
kafka | docs 6 | Apache Kafka quickstart | https://kafka.apache.org/quickstart
flink | tutorial 8 | Learn Flink: hands-on training | https://nightlies.apache.org/flink/flink-docs-stable/docs/learn-flink/overview/
airflow | tutorial 6 | Apache Airflow tutorial | https://airflow.apache.org/docs/apache-airflow/stable/tutorial/index.html
dbt | course 5 | dbt Fundamentals (dbt Learn) | https://learn.getdbt.com/courses/dbt-fundamentals
rabbitmq | tutorial 4 | RabbitMQ tutorials | https://www.rabbitmq.com/tutorials
mathematics | course 60 | Khan Academy: Math | https://www.khanacademy.org/math
physics | course 60 | Khan Academy: Physics | https://www.khanacademy.org/science/physics
chemistry | course 60 | Khan Academy: Chemistry | https://www.khanacademy.org/science/chemistry
biology | course 60 | Khan Academy: Biology | https://www.khanacademy.org/science/biology
`;
