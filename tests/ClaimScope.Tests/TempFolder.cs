namespace ClaimScope.Tests;

/// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("claimscope-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
