using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// A file as an emitter leaves it: its hint name and the writer holding its text, not yet encoded. It is encoded at once,
/// before the next file is emitted (the writers of a thread share one builder): into a <see cref="GeneratedFile"/>, its bytes
/// in blocks shared with the other files (<see cref="ClientEmitter.Emit"/>), or into a buffer that the next file uses again
/// (<see cref="ClientEmitter.EmitEach"/>).
/// </summary>
internal readonly record struct EmittedFile(string HintName, SourceWriter Writer)
{
    public GeneratedFile ToGeneratedFile(ByteBlocks blocks) => new(HintName, Writer.EncodeInto(blocks));
}
