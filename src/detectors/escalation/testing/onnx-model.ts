import { ProtobufWriter } from './protobuf-writer.js';

/**
 * Writes small ONNX models (ModelProto, onnx.proto3 field numbers) for tests: dense float and
 * int64 initializers, nodes with int/ints/float attributes, typed graph inputs and outputs.
 */

/** TensorProto.DataType values used here. */
export const onnxTypes = { float: 1, int64: 7 } as const;
export type OnnxElementType = keyof typeof onnxTypes;

export interface OnnxTensor {
  name: string;
  type: OnnxElementType;
  dims: number[];
  values: readonly number[];
}

export interface OnnxValueInfo {
  name: string;
  type: OnnxElementType;
  /** A number for a fixed size, a string for a named dynamic one ("sequence"). */
  dims: (number | string)[];
}

export type OnnxAttribute = { name: string; int: number } | { name: string; ints: number[] } | { name: string; float: number };

export interface OnnxNode {
  opType: string;
  inputs: string[];
  outputs: string[];
  attributes?: OnnxAttribute[];
}

export interface OnnxGraph {
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  /** Default opset 13 (ReduceMean still takes `axes` as an attribute there). */
  opset?: number;
}

function writeTensor(writer: ProtobufWriter, tensor: OnnxTensor): void {
  writer.packedVarints(1, tensor.dims).varint(2, onnxTypes[tensor.type]).string(8, tensor.name);
  const raw =
    tensor.type === 'float'
      ? new Uint8Array(Float32Array.from(tensor.values).buffer)
      : new Uint8Array(BigInt64Array.from(tensor.values, (value) => BigInt(value)).buffer);
  writer.bytes(9, raw);
}

function writeValueInfo(writer: ProtobufWriter, info: OnnxValueInfo): void {
  writer.string(1, info.name).message(2, (type) =>
    type.message(1, (tensorType) =>
      tensorType.varint(1, onnxTypes[info.type]).message(2, (shape) => {
        for (const dim of info.dims) shape.message(1, (dimension) => (typeof dim === 'number' ? dimension.varint(1, dim) : dimension.string(2, dim)));
      }),
    ),
  );
}

function writeAttribute(writer: ProtobufWriter, attribute: OnnxAttribute): void {
  writer.string(1, attribute.name);
  if ('int' in attribute) writer.varint(3, attribute.int).varint(20, 2);
  else if ('ints' in attribute) writer.packedVarints(8, attribute.ints).varint(20, 7);
  else writer.float(2, attribute.float).varint(20, 1);
}

function writeNode(writer: ProtobufWriter, node: OnnxNode, index: number): void {
  for (const input of node.inputs) writer.string(1, input);
  for (const output of node.outputs) writer.string(2, output);
  writer.string(3, `${node.opType.toLowerCase()}_${index}`).string(4, node.opType);
  for (const attribute of node.attributes ?? []) writer.message(5, (inner) => writeAttribute(inner, attribute));
}

/** The bytes of a ModelProto holding `graph` (IR version 8). */
export function encodeOnnxModel(graph: OnnxGraph): Uint8Array {
  return new ProtobufWriter()
    .varint(1, 8)
    .string(2, 'vouch-test')
    .message(7, (writer) => {
      graph.nodes.forEach((node, index) => writer.message(1, (inner) => writeNode(inner, node, index)));
      writer.string(2, 'graph');
      for (const tensor of graph.initializers) writer.message(5, (inner) => writeTensor(inner, tensor));
      for (const input of graph.inputs) writer.message(11, (inner) => writeValueInfo(inner, input));
      for (const output of graph.outputs) writer.message(12, (inner) => writeValueInfo(inner, output));
    })
    .message(8, (opset) => opset.string(1, '').varint(2, graph.opset ?? 13))
    .finish();
}
