using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>A place where a C# value reaches Customer.io with a role.</summary>
    internal sealed class RoleSink
    {
        public RoleSink(ApiRole role, IOperation? value, string constantText, SyntaxNode reportAt, string elementName, SyntaxNode? removableMember = null)
        {
            Role = role;
            Value = value;
            ConstantText = constantText;
            ReportAt = reportAt;
            ElementName = elementName;
            RemovableMember = removableMember;
        }

        public ApiRole Role { get; }

        /// <summary>The value sent; null when the element is constant text of a URL (see <see cref="ConstantText"/>).</summary>
        public IOperation? Value { get; }

        /// <summary>For a URL path segment made only of text: that text.</summary>
        public string ConstantText { get; }

        public SyntaxNode ReportAt { get; }

        /// <summary>How the element is named in messages: <c>CustomerIo(siteId)</c>, <c>JSON "created_at"</c>.</summary>
        public string ElementName { get; }

        /// <summary>A payload member that can be dropped without losing meaning (an <c>id</c> the URL already carries).</summary>
        public SyntaxNode? RemovableMember { get; }
    }
}
