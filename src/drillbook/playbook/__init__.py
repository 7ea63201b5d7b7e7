"""The playbook domain: the model of one incident type's response, its checks and skeleton."""
