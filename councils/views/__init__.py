"""The council's pages: accounts, councils, campaigns, taking part, documents."""
