using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model.Configuration
{
    /// <summary>One parsed line of a <c>CustomerIo.Api.txt</c> file: a role for a parameter or property of the user's code.</summary>
    internal sealed class ApiFileEntry
    {
        public ApiFileEntry(ApiRole role, string documentationId, string? parameter, Location location)
        {
            Role = role;
            DocumentationId = documentationId;
            Parameter = parameter;
            Location = location;
        }

        public ApiRole Role { get; }

        /// <summary>The symbol's documentation-comment id: <c>M:Ns.Type.Method(System.String)</c> or <c>P:Ns.Type.Property</c>.</summary>
        public string DocumentationId { get; }

        public string? Parameter { get; }

        /// <summary>The line in the file, where problems with this entry are reported.</summary>
        public Location Location { get; }
    }
}
