namespace CioProbe.EndToEnd.Infrastructure
{
    /// <summary>The exit code and everything a finished command printed; printed whole in assertion messages.</summary>
    public sealed record CommandResult(string Command, int ExitCode, string Output)
    {
        public override string ToString() => $"`{Command}` exited with {ExitCode}:\n{Output}";
    }
}
