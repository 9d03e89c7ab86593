namespace CioAnalyzers.Model
{
    /// <summary>The segments of Customer.io's paths that hold ids after the person's: <c>customers/{identifier}/devices/{device_id}</c>.</summary>
    internal static class PathSegments
    {
        /// <summary>The segment after the person's identifier whose next segment is a device id.</summary>
        public const string Devices = "devices";
    }
}
