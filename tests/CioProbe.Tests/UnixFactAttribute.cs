namespace CioProbe.Tests
{
    /// <summary>A test that sends POSIX signals with kill(1): reported as skipped, not passed, where there are none.</summary>
    public sealed class UnixFactAttribute : FactAttribute
    {
        public UnixFactAttribute()
        {
            if (OperatingSystem.IsWindows())
            {
                Skip = "POSIX signals and kill(1) are not available on Windows.";
            }
        }
    }
}
