using System.Runtime.InteropServices;

namespace CioProbe.EndToEnd.Tool
{
    /// <summary>A test that assembles a .NET root from the linux-x64 runtime packs: reported as skipped, with the reason, elsewhere.</summary>
    public sealed class LinuxX64FactAttribute : FactAttribute
    {
        public LinuxX64FactAttribute()
        {
            if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
            {
                Skip = $"Needs linux-x64 to run the tool on older runtimes assembled from runtime packs; this is {RuntimeInformation.RuntimeIdentifier}.";
            }
        }
    }
}
