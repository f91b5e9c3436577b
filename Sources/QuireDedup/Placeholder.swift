enum QuireDedupPlaceholder {}
