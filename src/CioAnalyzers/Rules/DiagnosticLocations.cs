namespace CioAnalyzers.Rules
{
    /// <summary>The order of a sink rule's additional locations, shared by the analyzers and the fixes.</summary>
    public static class DiagnosticLocations
    {
        /// <summary>The call, object creation or assignment that sends the value to Customer.io.</summary>
        public const int Sink = 0;

        /// <summary>The node the fix rewrites; present only when a fix may apply (the fix checks the node's form).</summary>
        public const int FixTarget = 1;
    }
}
