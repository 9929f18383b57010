namespace ClaimScope.Reports;

/// <summary>The report folder cannot be written without harming files ClaimScope did not write; the message names the file.</summary>
public sealed class ReportOutputException : IOException
{
    public ReportOutputException(string message)
        : base(message)
    {
    }

    public ReportOutputException()
    {
    }

    public ReportOutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
