using System.Diagnostics.Tracing;
using System.Globalization;
using Codegen.Generator;
using Codegen.Generator.Binding;
using Codegen.Generator.Parsing;

namespace Codegen.Benchmarks;

/// <summary>
/// `--alloc N`: what each stage allocates, by type, on the synthetic description of N schemas and N operations.
/// The runtime reports a sample about every 100 KB allocated (GCAllocationTick), naming the type whose allocation
/// crossed the mark, so the figures are estimates (good to a few percent for the large types); the exact total per
/// stage is `--stages`.
/// </summary>
public static class AllocationProfile
{
    public static void Run(TextWriter output, int size, int top = 12, int repetitions = 3)
        => Run(output, PipelineStages.SpecPath, SyntheticSpec.Create(size, size), top, repetitions);

    /// <summary>`--alloc path`: the same for a real description.</summary>
    public static void RunFile(TextWriter output, string path, int top = 12, int repetitions = 3)
        => Run(output, Path.GetFullPath(path), File.ReadAllText(path), top, repetitions);

    private static void Run(TextWriter output, string path, string text, int top, int repetitions)
    {
        var stages = PipelineStages.Of(path, text);

        output.WriteLine("| Stage | Type | Allocated (MB, estimate) |");
        output.WriteLine("|---|---|---:|");
        using var listener = new AllocationListener();
        foreach (var (name, run) in stages)
        {
            GC.KeepAlive(run());
            listener.Clear();
            listener.Enabled = true;
            for (var i = 0; i < repetitions; i++)
            {
                GC.KeepAlive(run());
            }

            listener.Enabled = false;
            foreach (var (type, bytes) in listener.Snapshot().OrderByDescending(e => e.Value).Take(top))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | `{type}` | {bytes / repetitions / 1_048_576.0:F1} |"));
            }
        }
    }

    private sealed class AllocationListener : EventListener
    {
        private readonly Dictionary<string, long> _byType = new(StringComparer.Ordinal);

        public volatile bool Enabled;

        public void Clear()
        {
            lock (_byType)
            {
                _byType.Clear();
            }
        }

        public Dictionary<string, long> Snapshot()
        {
            lock (_byType)
            {
                return new Dictionary<string, long>(_byType, StringComparer.Ordinal);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // The GC keyword at verbose level carries the allocation ticks.
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (!Enabled || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)
                || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
            {
                return;
            }

            var type = payload[names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (_byType)
            {
                _byType[type] = _byType.GetValueOrDefault(type) + amount;
            }
        }
    }
}
