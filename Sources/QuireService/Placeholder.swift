enum QuireServicePlaceholder {}
