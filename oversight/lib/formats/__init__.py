"""Our own date formats where Django's differ from what our readers expect."""
