using CioProbe.Http;

namespace CioProbe.Checks
{
    /// <summary><c>customer</c>: <c>GET /v1/customers/{id}/attributes?id_type=...</c> on the App API.</summary>
    internal static class CustomerCheck
    {
        private const string Id = CheckIds.Customer;

        public static async Task<CheckResult> RunAsync(ProbeRun run, string customer)
        {
            var config = run.Configuration;
            if (config.AppApiKey is null)
            {
                return new CheckResult(Id, CheckStatus.Fail,
                    $"Cannot look up '{customer}': {run.Options.Names.AppApiKey} is not set",
                    $"Looking up customers needs the App API: set {run.Options.Names.AppApiKey}{run.Options.Names.OrOption("--app-api-key")}.");
            }

            if (CustomerIdentifier.PathProblem(customer) is { } problem)
            {
                return new CheckResult(Id, CheckStatus.Fail,
                    $"Cannot look up '{customer}': {problem}; nothing was sent",
                    "Pass the customer's id, email or cio_ id.");
            }

            var (idType, pathValue) = CustomerIdentifier.Classify(customer);
            var uri = config.AppUri($"/v1/customers/{PathSegment.Escape(pathValue)}/attributes?id_type={idType}");
            var outcome = await ProbeHttp.SendAsync(run, HttpMethod.Get, uri, AppApiFindings.Bearer(config)).ConfigureAwait(false);

            if (outcome.IsSuccess)
            {
                return new CheckResult(Id, CheckStatus.Ok, $"Customer '{customer}' exists (looked up by {idType})");
            }

            if (outcome.StatusCode == 404 && !ErrorBody.SaysWrongDatacenter(outcome.Body))
            {
                return new CheckResult(Id, CheckStatus.Fail,
                    $"No customer with {idType} '{customer}' in this workspace (404)",
                    idType == "email"
                        ? "Identify the customer first (PUT /api/v1/customers/{identifier}), or check the workspace and region; if emails are not identifiers in this workspace, look up by id."
                        : "Identify the customer first (PUT /api/v1/customers/{identifier}), or check the workspace and region; ids are case-sensitive.");
            }

            return AppApiFindings.Common(Id, outcome, run) ?? HttpFindings.Unexpected(Id, outcome);
        }
    }
}
