using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// An Authorization header written for a Customer.io API: its scheme and its parameter, however the code writes it.
    /// A reader of another HTTP library builds one the same way, and every rule about headers then reads it.
    /// </summary>
    internal sealed class AuthorizationHeader
    {
        public AuthorizationHeader(IOperation write, HttpApiKind api, string scheme, SyntaxNode schemeSyntax, FoldedString parameter, IOperation? parameterValue,
            IOperation value, bool isText)
        {
            Write = write;
            Api = api;
            Scheme = scheme;
            SchemeSyntax = schemeSyntax;
            Parameter = parameter;
            ParameterValue = parameterValue;
            Value = value;
            IsText = isText;
        }

        /// <summary>The assignment or call that sets the header.</summary>
        public IOperation Write { get; }

        /// <summary>The API the client or request is tied to.</summary>
        public HttpApiKind Api { get; }

        public string Scheme { get; }

        /// <summary>Where the scheme is written: its own argument, or the header text that starts with it.</summary>
        public SyntaxNode SchemeSyntax { get; }

        /// <summary>The credential after the scheme, folded into text and holes.</summary>
        public FoldedString Parameter { get; }

        /// <summary>The parameter as an operation of its own, when it is passed apart from the scheme; null in header text.</summary>
        public IOperation? ParameterValue { get; }

        /// <summary>Where the parameter is written: its own argument, or the whole header text.</summary>
        public SyntaxNode ParameterSyntax => ParameterValue?.Syntax ?? Value.Syntax;

        /// <summary>The header's value: an <c>AuthenticationHeaderValue</c> creation or the header text.</summary>
        public IOperation Value { get; }

        /// <summary>True when the header is one string (<c>"Bearer " + key</c>), false for an <c>AuthenticationHeaderValue</c>.</summary>
        public bool IsText { get; }

        /// <summary>How messages name the header.</summary>
        public string Name => IsText ? $"the {Scheme} Authorization header" : $"new AuthenticationHeaderValue(\"{Scheme}\", ...)";
    }
}
