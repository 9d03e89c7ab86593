using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>Segments of a request path to replace to reach a documented route: <c>customer</c> by <c>customers</c>, <c>v1</c> by <c>api/v1</c>.</summary>
    internal sealed class RouteEdit
    {
        public RouteEdit(int start, ImmutableArray<string> old, ImmutableArray<string> replacement)
        {
            Start = start;
            Old = old;
            Replacement = replacement;
        }

        /// <summary>The index of the first segment replaced.</summary>
        public int Start { get; }

        public ImmutableArray<string> Old { get; }

        public ImmutableArray<string> Replacement { get; }

        /// <summary>The replaced segments as they are written: <c>api/v1/customer</c>.</summary>
        public string OldText => string.Join("/", Old);

        public string NewText => string.Join("/", Replacement);

        public bool SameAs(RouteEdit other) => Start == other.Start && OldText == other.OldText && NewText == other.NewText;
    }
}
