/** The arrow-head marker and the background of a diagram: one piece for the interface diagrams and the overview. */
export function DiagramBackdrop({ markerId, width, height }: { markerId: string; width: number; height: number }) {
  return (
    <>
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
        </marker>
      </defs>
      <rect className="diagram-bg" x="0" y="0" width={width} height={height} />
    </>
  );
}
