namespace CioProbe.Health
{
    /// <summary>The environment variables the health check reads: the process's, unless a test registers its own first.</summary>
    internal sealed class ProcessEnvironment
    {
        public ProcessEnvironment()
            : this(Environment.GetEnvironmentVariable)
        {
        }

        public ProcessEnvironment(Func<string, string?> lookup) => Lookup = lookup;

        public Func<string, string?> Lookup { get; }
    }
}
