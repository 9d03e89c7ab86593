namespace CioProbe.Checks.Config
{
    /// <summary>One problem the <c>config</c> check found.</summary>
    internal sealed record ConfigFinding(CheckStatus Status, string Message, string Advice);

    /// <summary>What the configuration checks found so far, and whether any of it stops the live checks.</summary>
    internal sealed class ConfigFindings
    {
        private readonly List<ConfigFinding> all = [];

        public IReadOnlyList<ConfigFinding> All => all;

        /// <summary>True once a finding makes the live checks impossible (exit code 2).</summary>
        public bool Blocking { get; private set; }

        public void Warn(string message, string advice) => all.Add(new ConfigFinding(CheckStatus.Warn, message, advice));

        public void Fail(string message, string advice) => all.Add(new ConfigFinding(CheckStatus.Fail, message, advice));

        public void Block(string message, string advice)
        {
            Blocking = true;
            Fail(message, advice);
        }
    }
}
