"""``segments-contract``: the contract (openapi.yaml) against traffic and deployments."""
