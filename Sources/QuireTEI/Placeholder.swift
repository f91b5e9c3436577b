enum QuireTEIPlaceholder {}
