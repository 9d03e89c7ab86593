using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>An expression that stands for the Unix epoch: on which clock, where it is written, and its words for a message.</summary>
    internal sealed class EpochValue
    {
        public EpochValue(EpochForm form, IObjectCreationOperation? written, IOperation origin, string? description = null)
        {
            Form = form;
            Written = written;
            Origin = origin;
            Description = description ?? origin.Syntax.ToString();
        }

        public EpochForm Form { get; }

        /// <summary>The <c>new DateTime(1970, 1, 1...)</c> the epoch is made from; null for <c>DateTime.UnixEpoch</c>.</summary>
        public IObjectCreationOperation? Written { get; }

        /// <summary>The expression that makes the epoch: in the sending member, or in the member it reads.</summary>
        public IOperation Origin { get; }

        /// <summary>The epoch as written, or the member that holds it: <c>Epoch (set from new DateTime(1970, 1, 1))</c>.</summary>
        public string Description { get; }

        /// <summary>The same epoch read through <paramref name="member"/>.</summary>
        public EpochValue Through(MemberValue member) => new(Form, Written, Origin, member.Describe(Description));
    }
}
