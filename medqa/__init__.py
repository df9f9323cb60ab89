"""medqa: the medical domain — data sets, chat prompts, the safety layer, retrieval and evaluation."""
