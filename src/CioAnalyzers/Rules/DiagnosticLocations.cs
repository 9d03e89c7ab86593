namespace CioAnalyzers.Rules
{
    /// <summary>The order of a sink rule's additional locations, shared by the analyzers and the fixes.</summary>
    public static class DiagnosticLocations
    {
        /// <summary>The call, object creation or assignment that sends the value to Customer.io.</summary>
        public const int Sink = 0;

        /// <summary>The node the fix rewrites; present only when a fix may apply (the fix checks the node's form).</summary>
        public const int FixTarget = 1;

        /// <summary>
        /// Where the wrong value is made when that is in another member (a helper's return, a field initialiser); the
        /// fix-target slot then holds <see cref="Microsoft.CodeAnalysis.Location.None"/> when there is no fix.
        /// </summary>
        public const int Origin = 2;
    }
}
