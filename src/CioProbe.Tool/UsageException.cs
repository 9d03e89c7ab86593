namespace CioProbe.Tool
{
    /// <summary>A mistake in how the tool was called or configured (exit 2). Printed through <see cref="PrintedText"/>, like every line of the tool.</summary>
    internal sealed class UsageException(string message) : Exception(message);
}
