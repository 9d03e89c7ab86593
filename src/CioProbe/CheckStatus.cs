namespace CioProbe
{
    /// <summary>Outcome of one check. Serialised in lower case (<c>ok</c>, <c>warn</c>, <c>fail</c>, <c>skipped</c>).</summary>
    public enum CheckStatus
    {
        /// <summary>The check passed.</summary>
        Ok,
        /// <summary>Something looks wrong but did not stop the check; fails the run only in strict mode.</summary>
        Warn,
        /// <summary>The check found a problem.</summary>
        Fail,
        /// <summary>The check did not run (not requested, or a check it depends on failed).</summary>
        Skipped,
    }
}
