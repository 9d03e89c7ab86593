namespace CioAnalyzers.Model.Configuration
{
    /// <summary>The parts of a member's documentation-comment id: <c>M:Ns.Type.Method(System.String)</c>, <c>P:Ns.Type.Property</c>.</summary>
    internal static class DeclarationId
    {
        /// <summary>
        /// <c>Ns.Type</c> and <c>Method</c> of a method (<c>M:</c>) or property (<c>P:</c>) id, as written (arity
        /// marks and <c>#ctor</c> kept); false for other ids.
        /// </summary>
        public static bool TrySplit(string id, out string owner, out string member)
        {
            owner = member = string.Empty;
            if (id.Length < 3 || (id[0] != 'M' && id[0] != 'P') || id[1] != ':')
            {
                return false;
            }

            var end = id.IndexOf('(');
            var name = end < 0 ? id.Substring(2) : id.Substring(2, end - 2);
            var dot = name.LastIndexOf('.');
            if (dot <= 0)
            {
                return false;
            }

            owner = name.Substring(0, dot);
            member = name.Substring(dot + 1);
            return true;
        }
    }
}
