namespace CioProbe.Tool;

/// <summary>A mistake in how the tool was called or configured (exit 2). The message is shown as it is: it never holds a setting's value.</summary>
internal sealed class UsageException(string message) : Exception(message);
