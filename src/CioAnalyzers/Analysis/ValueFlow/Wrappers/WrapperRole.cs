using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>How a wrapper's parameter reaches Customer.io, which decides how its caller's argument is read.</summary>
    internal enum WrapperRoleKind
    {
        /// <summary>Passed as an argument of a library or configured member: read by the role's sink shape.</summary>
        Argument,

        /// <summary>Sent as a value (a property, a JSON member, a URL's id): read as that value.</summary>
        Value,

        /// <summary>Sent whole as a raw request's body: its members are read as that endpoint reads them.</summary>
        Body,
    }

    /// <summary>One parameter of a user's method that reaches Customer.io unchanged, and how (decision 0009).</summary>
    internal sealed class WrapperRole
    {
        public WrapperRole(int ordinal, ApiRole role, WrapperRoleKind kind, string sentAs, SyntaxNode sender)
        {
            Ordinal = ordinal;
            Role = role;
            Kind = kind;
            SentAs = sentAs;
            Sender = sender;
        }

        /// <summary>The parameter's position in the wrapper.</summary>
        public int Ordinal { get; }

        public ApiRole Role { get; }

        public WrapperRoleKind Kind { get; }

        /// <summary>For <see cref="WrapperRoleKind.Argument"/>: the library or configured member it is passed to.</summary>
        public IMethodSymbol? ApiMember { get; init; }

        /// <summary>For <see cref="WrapperRoleKind.Value"/>: how a JSON serialiser writes it.</summary>
        public PayloadDates Dates { get; init; }

        /// <summary>For <see cref="WrapperRoleKind.Body"/>: the request that sends it.</summary>
        public HttpRequest? Request { get; init; }

        /// <summary>The path to Customer.io in a message's words: <c>CustomerIo.TrackEventAsync(customerId)</c>, <c>JSON "timestamp"</c>.</summary>
        public string SentAs { get; }

        /// <summary>The call that sends it to Customer.io, in the innermost wrapper.</summary>
        public SyntaxNode Sender { get; }

        /// <summary>The sink the parameter itself makes in the innermost wrapper (see <see cref="RoleSink.InWrapper"/>).</summary>
        public RoleSink? InWrapper { get; init; }

        /// <summary>The same role for a parameter of a method that passes its own parameter on to this one.</summary>
        public WrapperRole PassedOnBy(int ordinal, string through)
            => new(ordinal, Role, Kind, $"{through}, then as {SentAs}", Sender) { ApiMember = ApiMember, Dates = Dates, Request = Request, InWrapper = InWrapper };
    }
}
