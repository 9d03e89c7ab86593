using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model.Configuration
{
    /// <summary>A line of a <c>CustomerIo.Api.txt</c> file that could not be used, and why.</summary>
    internal sealed class ApiFileProblem
    {
        public ApiFileProblem(Location location, string message)
        {
            Location = location;
            Message = message;
        }

        public Location Location { get; }

        public string Message { get; }
    }
}
