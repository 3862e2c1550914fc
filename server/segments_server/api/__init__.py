"""The request pipeline compiled from openapi.yaml: operations, parameters, bodies, the endpoint."""
