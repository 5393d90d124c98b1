namespace Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the generator on a thread with a small stack, as a compiler's worker thread may have: deep inputs must be
/// refused or walked without recursing that deep, since a stack overflow ends the whole process, not one test.
/// </summary>
public static class SmallStackRunner
{
    /// <summary>A stack the size of a small thread's.</summary>
    public const int StackSize = 1024 * 1024;

    /// <summary>Generates from <paramref name="text"/> as the spec /specs/input.yaml, and rethrows on the calling thread what the generator threw.</summary>
    public static GeneratorOutput Run(string text) => RunCountingAllocations(text).Output;

    /// <summary>
    /// Like <see cref="Run"/>, and how many bytes the generator allocated: a measure of its work that, unlike the time
    /// it takes, does not depend on the machine or its load, to tell work that grows with a chain from work that grows with its square.
    /// </summary>
    public static (GeneratorOutput Output, long AllocatedBytes) RunCountingAllocations(string text)
    {
        GeneratorOutput? output = null;
        long allocated = 0;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    output = GeneratorRunner.RunOnText(text, "/specs/input.yaml");
                    allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                }
#pragma warning disable CA1031 // Rethrown on the calling thread below.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    failure = exception;
                }
            },
            StackSize);
        thread.Start();
        thread.Join();
        return failure is null ? (output!, allocated) : throw new InvalidOperationException("The generator threw", failure);
    }
}
