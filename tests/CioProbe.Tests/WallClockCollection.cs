namespace CioProbe.Tests
{
    /// <summary>
    /// Tests that hold the probe to a wall-clock bound (a deadline plus a second, a timeout that must cut an attempt) run
    /// alone: on a two-core machine the rest of the suite, run beside them, can hold the thread pool for over a second and
    /// make the probe late for reasons that are not the probe's.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class WallClockCollection
    {
        public const string Name = "Wall-clock bounds";
    }
}
