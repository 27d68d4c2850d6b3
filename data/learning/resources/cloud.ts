/** Cloud, DevOps, operating systems and infrastructure. Line: skillId | kind hours | title | url */
export const CLOUD = `
cloud-computing | course 6 | AWS Cloud Practitioner Essentials (AWS Skill Builder) | https://explore.skillbuilder.aws/learn/course/external/view/elearning/134/aws-cloud-practitioner-essentials
aws | course 6 | AWS Cloud Practitioner Essentials (AWS Skill Builder) | https://explore.skillbuilder.aws/learn/course/external/view/elearning/134/aws-cloud-practitioner-essentials
aws | docs 10 | AWS documentation: getting started | https://docs.aws.amazon.com/
aws-ec2 | docs 3 | Get started with Amazon EC2 | https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EC2_GetStarted.html
aws-s3 | docs 2 | Getting started with Amazon S3 | https://docs.aws.amazon.com/AmazonS3/latest/userguide/GetStartedWithS3.html
aws-lambda | docs 3 | Getting started with AWS Lambda | https://docs.aws.amazon.com/lambda/latest/dg/getting-started.html
azure-functions | docs 3 | Getting started with Azure Functions | https://learn.microsoft.com/en-us/azure/azure-functions/functions-get-started
kinesis | docs 3 | What is Amazon Kinesis Data Streams? | https://docs.aws.amazon.com/streams/latest/dev/introduction.html
cloudformation | docs 4 | Getting started with AWS CloudFormation | https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/GettingStarted.html
azure | course 10 | Microsoft Azure Fundamentals (AZ-900) learning paths | https://learn.microsoft.com/en-us/training/courses/az-900t00
gcp | course 10 | Google Cloud Skills Boost | https://www.cloudskillsboost.google/
databricks | course 8 | Databricks training | https://www.databricks.com/learn/training/home
heroku | docs 3 | Heroku Dev Center: get started | https://devcenter.heroku.com/start
firebase | docs 4 | Firebase fundamentals guides | https://firebase.google.com/docs/guides
oracle-cloud | course 8 | Oracle MyLearn (OCI foundations) | https://mylearn.oracle.com/
openstack | docs 10 | OpenStack documentation | https://docs.openstack.org/
salesforce | interactive 20 | Salesforce Trailhead | https://trailhead.salesforce.com/
servicenow | course 10 | ServiceNow Developer learning | https://developer.servicenow.com/dev.do
devops | guide 6 | DORA: DevOps capabilities | https://dora.dev/
ci-cd | docs 4 | GitHub Actions documentation | https://docs.github.com/en/actions
jenkins | tutorial 4 | Jenkins: guided tour | https://www.jenkins.io/doc/pipeline/tour/getting-started/
github-actions | docs 4 | GitHub Actions documentation | https://docs.github.com/en/actions
circleci | docs 3 | CircleCI: getting started | https://circleci.com/docs/getting-started/
bamboo | docs 4 | Bamboo documentation | https://confluence.atlassian.com/bamboo
docker | tutorial 6 | Docker: get started | https://docs.docker.com/get-started/
podman | docs 3 | Podman introduction | https://docs.podman.io/en/latest/Introduction.html
containers | docs 2 | Docker overview | https://docs.docker.com/get-started/docker-overview/
kubernetes | tutorial 8 | Kubernetes Basics (kubernetes.io) | https://kubernetes.io/docs/tutorials/kubernetes-basics/
kubernetes | docs 20 | Kubernetes concepts | https://kubernetes.io/docs/concepts/
openshift | docs 10 | Red Hat OpenShift documentation | https://docs.openshift.com/
terraform | tutorial 8 | Terraform tutorials (HashiCorp Developer) | https://developer.hashicorp.com/terraform/tutorials
pulumi | docs 4 | Pulumi: get started | https://www.pulumi.com/docs/get-started/
infrastructure-as-code | tutorial 8 | Terraform tutorials (HashiCorp Developer) | https://developer.hashicorp.com/terraform/tutorials
ansible | docs 6 | Getting started with Ansible | https://docs.ansible.com/ansible/latest/getting_started/index.html
chef | course 6 | Learn Chef | https://learn.chef.io/
puppet | docs 8 | Puppet documentation | https://www.puppet.com/docs/puppet/latest/puppet_index.html
configuration-management | docs 6 | Getting started with Ansible | https://docs.ansible.com/ansible/latest/getting_started/index.html
prometheus | docs 3 | Prometheus: first steps | https://prometheus.io/docs/introduction/first_steps/
datadog | course 6 | Datadog Learning Center | https://learn.datadoghq.com/
monitoring | book 2 | Google SRE book: Monitoring distributed systems | https://sre.google/sre-book/monitoring-distributed-systems/
git | book 12 | Pro Git | https://git-scm.com/book/en/v2
github | interactive 4 | GitHub Skills | https://skills.github.com/
gitlab | tutorial 4 | GitLab tutorials | https://docs.gitlab.com/tutorials/
bitbucket | tutorial 4 | Atlassian Git tutorials | https://www.atlassian.com/git/tutorials
svn | book 10 | Version Control with Subversion | https://svnbook.red-bean.com/
version-control | book 12 | Pro Git | https://git-scm.com/book/en/v2
tfs | docs 6 | Azure DevOps documentation | https://learn.microsoft.com/en-us/azure/devops/
linux | interactive 15 | Linux Journey | https://linuxjourney.com/
linux | book 20 | The Linux Command Line (William Shotts) | https://linuxcommand.org/tlcl.php
unix | book 20 | The Linux Command Line (William Shotts) | https://linuxcommand.org/tlcl.php
windows | docs 4 | Windows documentation (Microsoft Learn) | https://learn.microsoft.com/en-us/windows/
windows-server | docs 10 | Windows Server documentation | https://learn.microsoft.com/en-us/windows-server/
macos | guide 3 | macOS User Guide | https://support.apple.com/guide/mac-help/welcome/mac
operating-systems | book 40 | Operating Systems: Three Easy Pieces | https://pages.cs.wisc.edu/~remzi/OSTEP/
active-directory | docs 4 | Active Directory Domain Services overview | https://learn.microsoft.com/en-us/windows-server/identity/ad-ds/get-started/virtual-dc/active-directory-domain-services-overview
vmware | docs 8 | VMware technical documentation (Broadcom) | https://techdocs.broadcom.com/
virtualization | book 10 | Operating Systems: Three Easy Pieces (virtualization) | https://pages.cs.wisc.edu/~remzi/OSTEP/
system-administration | course 20 | Linux Upskill Challenge | https://linuxupskillchallenge.org/
it-operations | book 20 | Google Site Reliability Engineering book | https://sre.google/sre-book/table-of-contents/
`;
